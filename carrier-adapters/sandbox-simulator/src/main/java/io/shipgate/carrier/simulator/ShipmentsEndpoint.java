package io.shipgate.carrier.simulator;

import io.shipgate.carrier.simulator.label.LabelContent;
import io.shipgate.carrier.simulator.label.LabelPrinter;
import io.shipgate.carrier.simulator.label.PrintedLabel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * {@code POST /v1/shipments}, {@code POST /v1/returns}, {@code POST /v1/shipments/{awb}/cancel} and
 * {@code POST /v1/shipments/{awb}/ndr}.
 */
final class ShipmentsEndpoint {

    private static final Set<String> NDR_ACTIONS = Set.of("REATTEMPT", "RESCHEDULE", "CHANGE_ADDRESS", "CHANGE_PHONE", "RETURN_TO_ORIGIN");

    record Money(String amount, String currency) {
    }

    record Parcel(String trackingNumber) {
    }

    record Label(String format, Integer parcel, byte[] contentBase64) {
    }

    record Shipment(String shipmentId, String awb, String serviceCode, String status, Money charge,
                    LocalDate estimatedDelivery, List<Parcel> parcels, List<Label> labels) {
    }

    record Cancellation(String awb, String status) {
    }

    record NdrRequest(String requestId, String status, String message) {
    }

    private final ShipmentBook book;
    private final LabelPrinter printer = new LabelPrinter();

    ShipmentsEndpoint(ShipmentBook book) {
        this.book = book;
    }

    SimulatorResponse create(SimulatorRequest request) {
        return book(request, ShipmentOrder.read(request.json(), false, request.now()));
    }

    SimulatorResponse createReturn(SimulatorRequest request) {
        return book(request, ShipmentOrder.read(request.json(), true, request.now()));
    }

    private SimulatorResponse book(SimulatorRequest request, ShipmentOrder order) {
        Instant now = request.now();
        RandomGenerator random = ThreadLocalRandom.current();
        List<String> trackingNumbers = new ArrayList<>();
        for (int i = 0; i < order.parcels().size(); i++) {
            trackingNumbers.add(SandboxAwb.create(now, random, request.owner()::tag));
        }
        String awb = trackingNumbers.getFirst();
        Tariff.Quote quote = Tariff.quote(order.service(), order.lane(), order.parcels(), order.cod(), order.declaredValue(),
                request.simulation().currency(), order.shipDate());
        List<PrintedLabel> labels = printer.print(labelContents(order, trackingNumbers), order.labelFormats());

        ShipmentFacts facts = new ShipmentFacts(Place.of(order.lane().origin()), Place.of(order.lane().destination()),
                order.returnShipment(), order.lane().origin().maskedName(), order.lane().destination().maskedName());
        book.sell(trackingNumbers, facts, now);
        return SimulatorResponse.json(201, new Shipment(
                "shp_" + UUID.randomUUID(), awb, order.service().code,
                (order.returnShipment() ? TrackingCode.RRQ : TrackingCode.MAN).name(),
                new Money(quote.total().toPlainString(), quote.currency()),
                quote.delivery().estimated(),
                trackingNumbers.stream().map(Parcel::new).toList(),
                labels.stream().map(l -> new Label(l.format().name(), l.parcelNumber(), l.content())).toList()));
    }

    private static List<LabelContent> labelContents(ShipmentOrder order, List<String> trackingNumbers) {
        Party from = order.lane().origin();
        Party to = order.lane().destination();
        List<LabelContent> contents = new ArrayList<>();
        for (int i = 0; i < order.parcels().size(); i++) {
            contents.add(new LabelContent(SandboxSimulator.CARRIER_NAME, order.service().displayName,
                    nameAndAddress(from), to.name(), to.labelLines(), order.parcels().get(i).printedWeight(),
                    i + 1, order.parcels().size(), order.reference(), order.shipDate(),
                    order.cod() == null ? null : order.cod().printed(), order.returnShipment(),
                    trackingNumbers.getFirst(), trackingNumbers.get(i)));
        }
        return contents;
    }

    private static List<String> nameAndAddress(Party party) {
        List<String> lines = new ArrayList<>();
        lines.add(party.name());
        lines.addAll(party.labelLines());
        return lines;
    }

    /** Cancels before pickup (again: the same answer); 409 ALREADY_PICKED_UP from the pickup on. */
    SimulatorResponse cancel(SimulatorRequest request) {
        String awb = request.awb();
        if (book.cancelledAt(awb) == null) {
            Instant pickedUp = TrackingTimeline.plan(awb, book.facts(awb), null, request.simulation()).pickedUpAt();
            if (!request.now().isBefore(pickedUp)) {
                throw SimulatorError.conflict("ALREADY_PICKED_UP",
                        "the parcel was picked up at " + pickedUp + " and can no longer be cancelled");
            }
            book.cancel(awb, request.now());
        }
        return SimulatorResponse.json(200, new Cancellation(awb, TrackingCode.CAN.name()));
    }

    /** Takes an instruction after a failed delivery attempt; the simulated courier accepts every valid one. */
    SimulatorResponse ndr(SimulatorRequest request) {
        String awb = request.awb();
        JsonFields body = request.json();
        String action = body.choice("action", NDR_ACTIONS);
        switch (action) {
            case "RESCHEDULE" -> {
                LocalDate deferredDate = body.optionalDate("deferred_date");
                if (deferredDate == null) {
                    throw body.invalid("deferred_date", "is required to RESCHEDULE");
                }
                Place destination = book.facts(awb).destination();
                if (deferredDate.isBefore(LocalDate.ofInstant(request.now(), destination.zone()))) {
                    throw body.invalid("deferred_date", "must not be in the past");
                }
            }
            case "CHANGE_ADDRESS" -> Party.read(body.object("address"), true);
            case "CHANGE_PHONE" -> body.text("phone", 30);
            default -> {
                // REATTEMPT and RETURN_TO_ORIGIN need nothing more
            }
        }
        body.optionalText("remarks", 200);
        if (book.cancelledAt(awb) != null) {
            throw SimulatorError.conflict("CANCELLED", "the shipment was cancelled");
        }
        if ("RETURN_TO_ORIGIN".equals(action)) {
            book.requestRto(awb, request.now()); // the parcel turns back at the next step
        }
        return SimulatorResponse.json(202, new NdrRequest(RandomIds.next("NDR", 10), "ACCEPTED",
                action + " will be applied at the next attempt"));
    }
}

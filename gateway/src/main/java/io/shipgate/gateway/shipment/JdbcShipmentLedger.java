package io.shipgate.gateway.shipment;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.gateway.webhook.Outbox;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.gateway.tracking.TrackingEventRepository;
import io.shipgate.gateway.tracking.TrackingStatusPolicy;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.port.ShipmentLedger;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.StoredResponse;
import io.shipgate.routes.shipment.CreateShipmentCommand;
import io.shipgate.routes.tracking.TrackingUpdate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** The shipments' record in PostgreSQL: each change and its outbox event in one transaction. */
@Component
class JdbcShipmentLedger implements ShipmentLedger {

    /** Carrier events whose code the adapter does not know yet, by carrier and code: each one is a status-map gap. */
    static final String UNKNOWN_STATUS = "shipgate.tracking.unknown.status";
    /** Carrier events dated too far ahead of their receipt to drive the status, by carrier: a carrier's clock or time zone is off. */
    static final String FUTURE_DATED = "shipgate.tracking.future.dated";

    private final ShipmentRepository shipments;
    private final TrackingEventRepository events;
    private final JdbcPurchaseIntents intents;
    private final Outbox outbox;
    private final JsonColumns json;
    private final Clock clock;
    private final MeterRegistry meters;

    JdbcShipmentLedger(ShipmentRepository shipments, TrackingEventRepository events, JdbcPurchaseIntents intents,
                       Outbox outbox, JsonColumns json, Clock clock, MeterRegistry meters) {
        this.shipments = shipments;
        this.events = events;
        this.intents = intents;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    @Transactional
    public StoredResponse recordCreated(CreateShipmentCommand command, CarrierConnection carrier, ShipmentConfirmation bought) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ShipmentRequest request = command.request();
        UUID id = Ids.newId(clock);
        List<ShipmentRow.StoredParcel> parcels = IntStream.range(0, request.parcels().size())
                .mapToObj(i -> ShipmentRow.StoredParcel.of(i + 1, request.parcels().get(i), trackingNumber(bought, i, request.parcels().size())))
                .toList();
        List<ShipmentRow.LabelKey> labels = bought.labels().stream()
                .map(l -> new ShipmentRow.LabelKey(l.format(), l.parcelNumber() == null ? 0 : l.parcelNumber()))
                .sorted(Comparator.comparing((ShipmentRow.LabelKey k) -> k.format().name()).thenComparingInt(ShipmentRow.LabelKey::parcelNumber))
                .toList();
        List<ShipmentRow.DocumentKey> documents = IntStream.range(0, bought.documents().size())
                .mapToObj(i -> new ShipmentRow.DocumentKey(i + 1, bought.documents().get(i).type(), bought.documents().get(i).fileName(),
                        bought.documents().get(i).contentType()))
                .toList();
        ShipmentRow row = new ShipmentRow(id, command.tenantId(), carrier.accountId(), carrier.carrier(),
                bought.service() != null ? bought.service() : request.service(), request.serviceLevel(), bought.awb(),
                bought.carrierShipmentId(), TrackingStatus.MANIFESTED, request.reference(),
                request.options().shipDate() != null ? request.options().shipDate() : LocalDate.now(clock),
                bought.estimatedDelivery(), ShipmentRow.charged(bought.charged()), request.shipper(), request.recipient(), request.options(),
                withoutDocumentContent(request.customs()), now, now, null, null, parcels, labels, documents);
        shipments.insert(row, bought.carrierPayload(), bought.labels(), bought.documents());
        outbox.append(command.tenantId(), "shipment", id, Outbox.EventType.SHIPMENT_CREATED, event(row.id(), row.awb(), row.carrier(),
                TrackingStatus.MANIFESTED, request.reference()));
        // the answer is built from what was just stored, as GET /v1/shipments/{id} reads it back
        ShipmentView view = ShipmentMapper.view(row);
        StoredResponse response = new StoredResponse(id, 201, json.write(view), false);
        intents.recorded(command, response);
        return response;
    }

    @Override
    public ShipmentSnapshot load(UUID tenantId, UUID shipmentId) {
        return shipments.snapshot(tenantId, shipmentId).orElseThrow(() -> ApiException.notFound("shipment " + shipmentId));
    }

    @Override
    public Optional<ShipmentSnapshot> findByAwb(UUID tenantId, UUID carrierAccountId, String awb) {
        return shipments.snapshotByAwb(tenantId, carrierAccountId, awb);
    }

    @Override
    @Transactional
    public void recordCancelled(ShipmentSnapshot shipment, Cancellation cancellation) {
        Instant now = clock.instant();
        if (shipments.markCancelled(shipment.tenantId(), shipment.id(), now) == 0) {
            return;
        }
        events.insertNew(shipment.tenantId(), shipment.id(), List.of(new TrackingEvent(TrackingStatus.CANCELLED, null, "CANCELLED",
                cancellation.carrierMessage() == null ? "Cancelled by the merchant" : cancellation.carrierMessage(), null,
                now.atOffset(ZoneOffset.UTC))), TrackingEventRepository.Source.GATEWAY);
        outbox.append(shipment.tenantId(), "shipment", shipment.id(), Outbox.EventType.SHIPMENT_CANCELLED,
                event(shipment.id(), shipment.ref().awb(), null, TrackingStatus.CANCELLED, null));
    }

    @Override
    @Transactional
    public void recordTracking(TrackingUpdate update) {
        ShipmentSnapshot shipment = update.shipment();
        TrackingResult tracking = update.tracking();
        Instant now = clock.instant();
        // the status as stored now (a push may carry one AWB twice, a poll may run beside a push), locked until commit
        TrackingStatus current = shipments.lockStatus(shipment.tenantId(), shipment.id());
        List<TrackingEvent> stored = events.insertNew(shipment.tenantId(), shipment.id(), tracking.events(),
                update.source() == TrackingUpdate.Source.WEBHOOK ? TrackingEventRepository.Source.WEBHOOK : TrackingEventRepository.Source.POLL);
        stored.stream().filter(e -> e.status() == TrackingStatus.UNKNOWN).forEach(e -> meters.counter(UNKNOWN_STATUS,
                "carrier", shipment.carrier(), "code", String.valueOf(e.carrierCode())).increment());
        stored.stream().filter(e -> events.datedAhead(e, now)).forEach(e -> meters.counter(FUTURE_DATED, "carrier", shipment.carrier()).increment());
        // the timeline in the order it happened decides, whatever order polls and pushes arrive in; terminal statuses end it
        TrackingStatus next = TrackingStatusPolicy.follow(current, events.statusTimeline(shipment.tenantId(), shipment.id()));
        if (next != current
                && shipments.advanceStatus(shipment.tenantId(), shipment.id(), current, next, tracking.estimatedDelivery(), now) == 1) {
            Map<String, Object> payload = event(shipment.id(), shipment.ref().awb(), null, next, null);
            payload.put("previous_status", current);
            tracking.events().stream().filter(e -> e.status() == next).max(Comparator.comparing(TrackingEvent::occurredAt))
                    .ifPresent(e -> payload.put("ndr_reason", e.ndrReason()));
            outbox.append(shipment.tenantId(), "shipment", shipment.id(), Outbox.EventType.SHIPMENT_STATUS_CHANGED, payload);
        } else {
            shipments.markTracked(shipment.tenantId(), shipment.id(), tracking.estimatedDelivery(), now);
        }
    }

    /** The merchant's customs documents went to the carrier; the shipment keeps what they were, not their bytes. */
    private static CustomsDeclaration withoutDocumentContent(CustomsDeclaration customs) {
        if (customs == null || customs.documents().isEmpty()) {
            return customs;
        }
        return new CustomsDeclaration(customs.contentType(), customs.contentDescription(), customs.incoterm(), customs.dutiesPayer(),
                customs.invoiceNumber(), customs.invoiceDate(), customs.exportReason(), customs.items(), customs.taxIds(),
                customs.paperless(), customs.documents().stream()
                .map(d -> new TradeDocument(d.type(), d.fileName(), d.contentType(), null)).toList());
    }

    private static String trackingNumber(ShipmentConfirmation bought, int index, int parcelCount) {
        if (index < bought.parcelTrackingNumbers().size()) {
            return bought.parcelTrackingNumbers().get(index);
        }
        return parcelCount == 1 ? bought.awb() : null;
    }

    private static Map<String, Object> event(UUID id, String awb, String carrier, TrackingStatus status, String reference) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("shipment_id", id);
        payload.put("awb", awb);
        if (carrier != null) {
            payload.put("carrier", carrier);
        }
        payload.put("status", status);
        payload.put("status_code", status.code());
        if (reference != null) {
            payload.put("reference", reference);
        }
        return payload;
    }
}

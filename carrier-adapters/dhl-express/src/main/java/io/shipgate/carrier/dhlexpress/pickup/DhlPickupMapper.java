package io.shipgate.carrier.dhlexpress.pickup;

import io.shipgate.carrier.dhlexpress.DhlDocuments;
import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlParties;
import io.shipgate.carrier.dhlexpress.DhlProducts;
import io.shipgate.carrier.dhlexpress.DhlSettings;
import io.shipgate.carrier.dhlexpress.DhlUnits;
import io.shipgate.carrier.dhlexpress.DhlShippingTime;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Courier pickups through MyDHL's {@code POST /pickups} and {@code DELETE /pickups/{id}}. MyDHL
 * wants the pickup's local time with the place's GMT offset, which the universal request does not
 * carry: the adapter asks DHL's address service for the place's service area first (which also
 * tells whether DHL picks up there at all) and books in that offset. The parcels are Express
 * Worldwide goods, one shipment per AWB the merchant lists (the parcels shared out among them),
 * else one shipment; without a total weight each parcel counts as one unit of weight.
 *
 * <p>MyDHL can also move a booked pickup ({@code PATCH /pickups/{id}}), but the SPI has no update
 * operation, so this adapter does not call it: a changed pickup is cancelled and booked again.
 */
public final class DhlPickupMapper {

    static final String LOCATION = "reception";
    public static final String CANCEL_REASON = "Pickup no longer needed";
    static final String DEFAULT_REQUESTOR = "Shipgate";
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private DhlPickupMapper() {
    }

    /** The place's offset, from DHL's answer about picking up there; NOT_SERVICEABLE when DHL does not. */
    public static ZoneOffset offsetOrRefuse(Optional<ZoneOffset> offset, PickupRequest request) {
        return offset.orElseThrow(() -> DhlErrors.notServiceable("location", "NO_PICKUP_AREA",
                "DHL Express does not pick up at " + request.location().postalCode() + " " + request.location().city()
                        + " (" + request.location().country() + ")"));
    }

    public static DhlPickupWire.Request request(PickupRequest request, ZoneOffset offset, DhlSettings settings) {
        DhlUnits units = settings.unitsFrom(request.location().country());
        List<DhlPickupWire.SpecialInstruction> instructions = request.instructions() == null || request.instructions().isBlank()
                ? null : List.of(new DhlPickupWire.SpecialInstruction(request.instructions(), "TBD"));
        return new DhlPickupWire.Request(DhlShippingTime.gmt(request.date().atTime(request.readyFrom()).atOffset(offset)),
                HOURS_MINUTES.format(request.readyUntil()), LOCATION, request.location().residentialOrFalse() ? "residence" : "business",
                DhlParties.Account.shipper(settings.accountNumber()), instructions,
                new DhlPickupWire.CustomerDetails(DhlParties.Party.of(request.location(), "location", null)),
                shipments(request, units));
    }

    /** One shipment per listed AWB (else one), the parcels shared out, each parcel an equal part of the total weight. */
    private static List<DhlPickupWire.ShipmentDetails> shipments(PickupRequest request, DhlUnits units) {
        int shipments = Math.max(1, request.awbs().size());
        int parcels = Math.max(request.packageCount(), shipments);
        BigDecimal parcelWeight = request.totalWeight() == null ? BigDecimal.ONE
                : units.weight(new Weight(request.totalWeight().value().divide(BigDecimal.valueOf(parcels), MathContext.DECIMAL64),
                request.totalWeight().unit()));
        List<DhlPickupWire.ShipmentDetails> details = new ArrayList<>();
        for (int i = 0; i < shipments; i++) {
            int count = parcels / shipments + (i < parcels % shipments ? 1 : 0);
            List<DhlUnits.Package> packages = Collections.nCopies(count, new DhlUnits.Package(parcelWeight, null, null, null));
            details.add(new DhlPickupWire.ShipmentDetails(DhlProducts.EXPRESS_WORLDWIDE.code(), true, units.wireName(),
                    request.awbs().isEmpty() ? null : request.awbs().get(i), List.copyOf(packages)));
        }
        return List.copyOf(details);
    }

    public static PickupConfirmation parse(byte[] body, PickupRequest request) {
        DhlPickupWire.Response response = CarrierJson.read(DhlErrors.CODE, body, DhlPickupWire.Response.class);
        if (response.dispatchConfirmationNumbers() == null || response.dispatchConfirmationNumbers().isEmpty()) {
            throw DhlErrors.incomplete("NO_CONFIRMATION_NUMBER",
                    "DHL Express answered the pickup without a dispatch confirmation number");
        }
        LocalDate date = CarrierTimes.date(response.nextPickupDate());
        LocalTime readyBy = CarrierTimes.time(response.readyByTime());
        return new PickupConfirmation(response.dispatchConfirmationNumbers().getFirst(), date != null ? date : request.date(),
                readyBy != null ? readyBy : request.readyFrom(), request.readyUntil(), DhlDocuments.withoutContent(body));
    }

    /** Who cancels, as MyDHL wants it named: the pickup place's contact when the gateway knows it. */
    public static String requestorName(PickupRef pickup) {
        if (pickup.location() != null && pickup.location().name() != null && !pickup.location().name().isBlank()) {
            return pickup.location().name();
        }
        return DEFAULT_REQUESTOR;
    }
}

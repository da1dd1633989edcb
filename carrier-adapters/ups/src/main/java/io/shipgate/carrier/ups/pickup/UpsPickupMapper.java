package io.shipgate.carrier.ups.pickup;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsUnits;
import io.shipgate.carrier.ups.UpsWire;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * UPS Pickup ({@code POST /api/pickupcreation/{version}/pickup}): a courier pickup billed to the
 * shipper's account, answered with its pickup request number (PRN), which cancels it.
 */
public final class UpsPickupMapper {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    /** {@code PaymentMethod} 01: the shipper's UPS account. */
    private static final String SHIPPER_ACCOUNT = "01";
    /** {@code PickupPiece} service 003 (UPS Ground) in container 01 (package): pickups are not per service for the gateway. */
    private static final String GROUND_PICKUP_SERVICE = "003";
    private static final String PACKAGE_CONTAINER = "01";

    private UpsPickupMapper() {
    }

    public static UpsPickupWire.Request request(PickupRequest request, UpsSettings settings) {
        Address location = request.location();
        if (location.phone() == null || location.phone().isBlank()) {
            throw UpsErrors.invalid("PHONE_REQUIRED", "UPS needs a phone number at the pickup location", "location.phone");
        }
        UpsPickupWire.PickupAddress address = new UpsPickupWire.PickupAddress(
                location.company() != null ? location.company() : location.name(),
                location.name() != null ? location.name() : location.company(),
                location.street2() == null ? location.street1() : location.street1() + ", " + location.street2(),
                location.city(), UpsWire.text(location.state()), UpsWire.text(location.postalCode()), location.country(),
                location.residentialOrFalse() ? "Y" : "N", new UpsWire.Phone(UpsParties.phoneDigits(location.phone())));
        UpsPickupWire.TotalWeight weight = null;
        if (request.totalWeight() != null) {
            UpsUnits units = UpsUnits.of(location.country());
            weight = new UpsPickupWire.TotalWeight(units.weight(request.totalWeight()), units.weightCode());
        }
        return new UpsPickupWire.Request(new UpsPickupWire.PickupCreationRequest("N",
                new UpsPickupWire.Shipper(new UpsPickupWire.Account(settings.accountNumber(), location.country())),
                new UpsPickupWire.PickupDateInfo(request.readyUntil().format(TIME), request.readyFrom().format(TIME),
                        request.date().format(DATE)),
                address, "Y",
                List.of(new UpsPickupWire.PickupPiece(GROUND_PICKUP_SERVICE, request.packageCount().toString(), location.country(),
                        PACKAGE_CONTAINER)),
                weight, "N", SHIPPER_ACCOUNT, UpsWire.text(request.instructions())));
    }

    public static PickupConfirmation parse(PickupRequest request, byte[] body) {
        UpsPickupWire.Response answer = UpsWire.read(body, UpsPickupWire.Response.class);
        String prn = answer.pickupCreationResponse() == null ? null : UpsWire.text(answer.pickupCreationResponse().prn());
        if (prn == null) {
            throw UpsErrors.unexpected("NO_PRN", "UPS confirmed the pickup without a pickup request number");
        }
        return new PickupConfirmation(prn, request.date(), request.readyFrom(), request.readyUntil(),
                new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
}

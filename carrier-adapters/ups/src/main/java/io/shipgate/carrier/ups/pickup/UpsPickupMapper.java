package io.shipgate.carrier.ups.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.ups.UpsCarrier;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsUnits;

import java.time.format.DateTimeFormatter;

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

    public static ObjectNode request(PickupRequest request, UpsSettings settings) {
        Address location = request.location();
        ObjectNode root = UpsJson.object();
        ObjectNode pickup = root.putObject("PickupCreationRequest");
        pickup.put("RatePickupIndicator", "N");
        ObjectNode account = pickup.putObject("Shipper").putObject("Account");
        account.put("AccountNumber", settings.accountNumber());
        account.put("AccountCountryCode", location.country());
        ObjectNode date = pickup.putObject("PickupDateInfo");
        date.put("CloseTime", request.readyUntil().format(TIME));
        date.put("ReadyTime", request.readyFrom().format(TIME));
        date.put("PickupDate", request.date().format(DATE));
        ObjectNode address = pickup.putObject("PickupAddress");
        address.put("CompanyName", location.company() != null ? location.company() : location.name());
        address.put("ContactName", location.name() != null ? location.name() : location.company());
        address.put("AddressLine", location.street2() == null ? location.street1() : location.street1() + ", " + location.street2());
        address.put("City", location.city());
        UpsJson.putIfPresent(address, "StateProvince", location.state());
        UpsJson.putIfPresent(address, "PostalCode", location.postalCode());
        address.put("CountryCode", location.country());
        address.put("ResidentialIndicator", location.residentialOrFalse() ? "Y" : "N");
        if (location.phone() == null || location.phone().isBlank()) {
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "PHONE_REQUIRED",
                    "UPS needs a phone number at the pickup location", false, null, "location.phone", null);
        }
        address.putObject("Phone").put("Number", UpsParties.phoneDigits(location.phone()));
        pickup.put("AlternateAddressIndicator", "Y");
        ObjectNode piece = pickup.putArray("PickupPiece").addObject();
        piece.put("ServiceCode", GROUND_PICKUP_SERVICE);
        piece.put("Quantity", request.packageCount().toString());
        piece.put("DestinationCountryCode", location.country());
        piece.put("ContainerCode", PACKAGE_CONTAINER);
        if (request.totalWeight() != null) {
            UpsUnits units = UpsUnits.of(location.country());
            ObjectNode weight = pickup.putObject("TotalWeight");
            weight.put("Weight", units.weight(request.totalWeight()));
            weight.put("UnitOfMeasurement", units.weightCode());
        }
        pickup.put("OverweightIndicator", "N");
        pickup.put("PaymentMethod", SHIPPER_ACCOUNT);
        UpsJson.putIfPresent(pickup, "SpecialInstruction", request.instructions());
        return root;
    }

    public static PickupConfirmation parse(PickupRequest request, JsonNode answer) {
        JsonNode created = answer.path("PickupCreationResponse");
        String prn = UpsJson.text(created, "PRN");
        if (prn == null) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, UpsCarrier.CODE, "NO_PRN",
                    "UPS confirmed the pickup without a pickup request number", false);
        }
        return new PickupConfirmation(prn, request.date(), request.readyFrom(), request.readyUntil(), answer.toString());
    }
}

package io.shipgate.carrier.fedex.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExCarrier;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExWire;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * {@code POST /pickup/v1/pickups} and {@code PUT /pickup/v1/pickups/cancel}.
 *
 * <p>The ready time is the location's local time, written as FedEx's examples write it
 * ({@code 2020-04-02T11:00:00Z}), with the closing time as {@code customerCloseTime}; the date type
 * is SAME_DAY when the pickup is today at the clock's date, else FUTURE_DAY. Cancelling needs the
 * FedEx location that dispatched the pickup, so Shipgate's pickup id is FedEx's confirmation code
 * and that location joined by {@value #SEPARATOR} ({@code 3001@COSA}).
 */
public final class FedExPickupMapper {

    static final String SEPARATOR = "@";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private FedExPickupMapper() {
    }

    public static ObjectNode request(PickupRequest request, FedExSettings settings, LocalDate today) {
        FedExWire.Units units = FedExWire.Units.of(request.location().country());
        ObjectNode body = FedExJson.object();
        body.set("associatedAccountNumber", FedExWire.account(settings));
        ObjectNode origin = body.putObject("originDetail");
        ObjectNode location = origin.putObject("pickupLocation");
        location.set("contact", FedExWire.contact(request.location()).without("emailAddress")); // FedEx's pickup contact has no email
        location.set("address", FedExWire.address(request.location()));
        origin.put("readyDateTimestamp", request.date() + "T" + request.readyFrom().format(TIME) + "Z");
        origin.put("customerCloseTime", request.readyUntil().format(TIME));
        origin.put("pickupDateType", request.date().equals(today) ? "SAME_DAY" : "FUTURE_DAY");
        if (request.totalWeight() != null) {
            body.set("totalWeight", FedExWire.weight(request.totalWeight(), units.weight()));
        }
        body.put("packageCount", request.packageCount());
        body.put("carrierCode", settings.pickupCarrierCode());
        FedExJson.putIfPresent(body, "remarks", request.instructions());
        return body;
    }

    public static PickupConfirmation parse(JsonNode answer, PickupRequest request) {
        JsonNode output = answer.path("output");
        String code = FedExJson.text(output, "pickupConfirmationCode");
        if (code == null) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, FedExCarrier.CODE, "NO_CONFIRMATION",
                    "FedEx's pickup answer has no confirmation code", false);
        }
        String location = FedExJson.text(output, "location");
        return new PickupConfirmation(location == null ? code : code + SEPARATOR + location, request.date(), request.readyFrom(),
                request.readyUntil(), new String(FedExJson.write(answer), StandardCharsets.UTF_8));
    }

    public static ObjectNode cancelRequest(PickupRef pickup, FedExSettings settings) {
        String id = pickup.pickupId();
        int at = id.lastIndexOf(SEPARATOR);
        ObjectNode body = FedExJson.object();
        body.set("associatedAccountNumber", FedExWire.account(settings));
        body.put("pickupConfirmationCode", at < 0 ? id : id.substring(0, at));
        body.put("carrierCode", settings.pickupCarrierCode());
        if (pickup.date() != null) {
            body.put("scheduledDate", pickup.date().toString());
        }
        if (at >= 0) {
            body.put("location", id.substring(at + 1));
        }
        return body;
    }
}

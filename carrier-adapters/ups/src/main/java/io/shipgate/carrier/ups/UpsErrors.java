package io.shipgate.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns UPS error answers into {@link CarrierException}s. Every UPS API answers errors as
 * {@code {"response":{"errors":[{"code","message"}]}}} (Delivery Intercept also as
 * {@code errorCode}/{@code errorMessage} inside a 200 with {@code success:false}); the first
 * error's code and message are kept.
 *
 * <p>The category comes from the code where UPS documents it (the error table UPS publishes for
 * all its APIs, in the Track Alert spec), otherwise from the HTTP status: 401/403 AUTHENTICATION,
 * 429 RATE_LIMITED with Retry-After, 5xx UNAVAILABLE (retryable), 408/504 TIMEOUT, other 4xx
 * INVALID_REQUEST. UPS names no field in its errors, only in the message ("Missing or invalid ship
 * to postal code"): the universal field is read from the message's words where it is unambiguous.
 */
public final class UpsErrors {

    /** Codes of UPS's common error table (and the few the specs' examples add) whose category is not the HTTP status's. */
    private static final Map<String, CarrierErrorCategory> CODES = Map.ofEntries(
            Map.entry("UJ0001", CarrierErrorCategory.AUTHENTICATION),   // invalid token or token not present
            Map.entry("250002", CarrierErrorCategory.AUTHENTICATION),   // invalid authentication information
            Map.entry("251004", CarrierErrorCategory.AUTHENTICATION),   // bearer token expired
            Map.entry("605", CarrierErrorCategory.AUTHENTICATION),      // Delivery Intercept: package not in the user's profile
            Map.entry("10004", CarrierErrorCategory.UNAVAILABLE),       // something went wrong, try again later
            Map.entry("VSS100", CarrierErrorCategory.UNAVAILABLE),      // system temporarily unavailable
            Map.entry("500", CarrierErrorCategory.UNAVAILABLE),         // Delivery Intercept: System Error
            Map.entry("111100", CarrierErrorCategory.NOT_SERVICEABLE),  // service invalid from the selected origin
            Map.entry("111210", CarrierErrorCategory.NOT_SERVICEABLE),  // service unavailable between the selected locations
            Map.entry("190102", CarrierErrorCategory.INVALID_STATE));   // no shipment found within the allowed void period

    private static final Set<CarrierErrorCategory> RETRYABLE = Set.of(CarrierErrorCategory.UNAVAILABLE, CarrierErrorCategory.RATE_LIMITED);

    /** Words of a UPS message naming a party, in the order they are looked for. */
    private static final List<Map.Entry<String, String>> PARTIES = List.of(
            Map.entry("ship to", "recipient"), Map.entry("shipto", "recipient"), Map.entry("consignee", "recipient"),
            Map.entry("ship from", "shipper"), Map.entry("shipfrom", "shipper"), Map.entry("shipper", "shipper"));
    /** Words naming an address field. */
    private static final List<Map.Entry<String, String>> ADDRESS_FIELDS = List.of(
            Map.entry("postal code", "postalCode"), Map.entry("zip", "postalCode"), Map.entry("state", "state"),
            Map.entry("province", "state"), Map.entry("city", "city"), Map.entry("country", "country"),
            Map.entry("phone", "phone"), Map.entry("name", "name"), Map.entry("address", "street1"));

    private UpsErrors() {
    }

    /** The exception for an error answer of UPS to {@code operation} (as {@link UpsClient} names operations). */
    public static CarrierException of(String operation, CarrierHttpResponse response) {
        JsonNode body = safeTree(response.body());
        JsonNode error = firstError(body);
        String code = error == null ? null : firstText(error, "code", "errorCode");
        String message = error == null ? null : firstText(error, "message", "errorMessage");
        int status = response.status();
        CarrierErrorCategory category = code != null && CODES.containsKey(code) ? CODES.get(code) : byStatus(response);
        if (UpsClient.TOKEN.equals(operation) && status >= 400 && status < 500 && status != 429) {
            category = CarrierErrorCategory.AUTHENTICATION; // the token endpoint refusing the client is a credentials problem
        }
        return new CarrierException(category, UpsCarrier.CODE, code != null ? code : "HTTP_" + status,
                message != null ? message : "UPS answered HTTP " + status + " to " + operation,
                RETRYABLE.contains(category), category == CarrierErrorCategory.RATE_LIMITED ? response.retryAfter() : null,
                category == CarrierErrorCategory.INVALID_REQUEST ? universalField(operation, message) : null, null);
    }

    /**
     * A refusal UPS answered with HTTP 200 (Delivery Intercept's {@code success:false}): INVALID_STATE
     * (UPS will not make this change now), or UNAVAILABLE for its system errors.
     */
    public static CarrierException refused(JsonNode answer, String fallbackMessage) {
        JsonNode error = firstError(answer);
        String code = error == null ? null : firstText(error, "code", "errorCode");
        String message = error == null ? null : firstText(error, "message", "errorMessage");
        CarrierErrorCategory category = code != null && CODES.containsKey(code) ? CODES.get(code) : CarrierErrorCategory.INVALID_STATE;
        return new CarrierException(category, UpsCarrier.CODE, code != null ? code : "REFUSED",
                message != null ? message : fallbackMessage, RETRYABLE.contains(category));
    }

    /** The universal request field a UPS message names, e.g. "Missing or invalid ship to postal code" to {@code recipient.postalCode}. */
    static String universalField(String operation, String message) {
        if (message == null) {
            return null;
        }
        String text = message.toLowerCase(Locale.ROOT);
        if (text.contains("weight") || text.contains("dimension") || text.contains("package")) {
            return "parcels";
        }
        if (text.contains("commodity") || text.contains("invoice") || text.contains("product")) {
            return "customs";
        }
        if (text.contains("service")) {
            return UpsClient.ESTIMATE_DELIVERY.equals(operation) || UpsClient.CREATE_SHIPMENT.equals(operation)
                    || UpsClient.CREATE_RETURN.equals(operation) ? "service" : null;
        }
        String party = PARTIES.stream().filter(p -> text.contains(p.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        if (party == null) {
            return null;
        }
        if (UpsClient.CREATE_RETURN.equals(operation)) {
            party = party.equals("recipient") ? "warehouse" : "customer";
        }
        String prefix = party;
        return ADDRESS_FIELDS.stream().filter(f -> text.contains(f.getKey())).map(f -> prefix + "." + f.getValue())
                .findFirst().orElse(prefix);
    }

    private static CarrierErrorCategory byStatus(CarrierHttpResponse response) {
        return response.defaultCategory() == CarrierErrorCategory.UNKNOWN ? CarrierErrorCategory.INVALID_REQUEST : response.defaultCategory();
    }

    /** The first error of {@code response.errors}, {@code errors} (Delivery Intercept) or null. */
    private static JsonNode firstError(JsonNode body) {
        for (JsonNode errors : List.of(body.path("response").path("errors"), body.path("errors"))) {
            List<JsonNode> list = UpsJson.list(errors);
            if (!list.isEmpty()) {
                return list.getFirst();
            }
        }
        return null;
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String text = UpsJson.text(node, name);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static JsonNode safeTree(byte[] body) {
        try {
            return UpsJson.tree(body);
        } catch (CarrierException e) {
            return UpsJson.object();
        }
    }
}

package io.shipgate.carrier.ups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The UPS carrier code and every {@link CarrierException} the adapter raises. Every UPS API answers
 * errors as {@code {"response":{"errors":[{"code","message"}]}}} (Delivery Intercept also as
 * {@code errorCode}/{@code errorMessage}, inside a 200 with {@code success:false}). The reason kept
 * is UPS's human-readable message (the first error that has one), never a bare code or a status
 * text ("Success" beside {@code success:false}); the code stays in {@code carrierCode}.
 *
 * <p>The category comes from the code where UPS documents it (the error table UPS publishes for
 * all its APIs, in the Track Alert spec), otherwise from the HTTP status: 401/403 AUTHENTICATION,
 * 429 RATE_LIMITED with Retry-After, 5xx UNAVAILABLE (retryable), 408/504 TIMEOUT, other 4xx
 * INVALID_REQUEST. UPS names no field in its errors, only in the message ("Missing or invalid ship
 * to postal code"): the universal field is read from the message's words where it is unambiguous.
 */
public final class UpsErrors {

    public static final String CODE = "ups";

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

    /** Tracking's codes of a number UPS has no information on (yet). */
    private static final Set<String> TRACKING_NOT_FOUND = Set.of("151044", "151018", "TW0001");

    private static final Set<CarrierErrorCategory> RETRYABLE = Set.of(CarrierErrorCategory.UNAVAILABLE, CarrierErrorCategory.RATE_LIMITED);
    /** Status texts UPS puts beside a failure, which say nothing about it. */
    private static final Set<String> EMPTY_REASONS = Set.of("success", "error", "failure", "failed", "true", "false");

    /** Words of a UPS message naming a party, in the order they are looked for. */
    private static final List<Map.Entry<String, String>> PARTIES = List.of(
            Map.entry("ship to", "recipient"), Map.entry("shipto", "recipient"), Map.entry("consignee", "recipient"),
            Map.entry("ship from", "shipper"), Map.entry("shipfrom", "shipper"), Map.entry("shipper", "shipper"));
    /** Words naming an address field. */
    private static final List<Map.Entry<String, String>> ADDRESS_FIELDS = List.of(
            Map.entry("postal code", "postalCode"), Map.entry("zip", "postalCode"), Map.entry("state", "state"),
            Map.entry("province", "state"), Map.entry("city", "city"), Map.entry("country", "country"),
            Map.entry("phone", "phone"), Map.entry("name", "name"), Map.entry("address", "street1"));

    /** An error body of any UPS API. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorBody(ErrorList response, List<Problem> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorList(List<Problem> errors) {
    }

    /** One error: {@code code}/{@code message}, or Delivery Intercept's {@code errorCode}/{@code errorMessage}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String code, String message, String errorCode, String errorMessage) {

        String anyCode() {
            return UpsWire.text(code) != null ? UpsWire.text(code) : UpsWire.text(errorCode);
        }

        String anyMessage() {
            return UpsWire.text(message) != null ? UpsWire.text(message) : UpsWire.text(errorMessage);
        }
    }

    private UpsErrors() {
    }

    /** The exception for an error answer of UPS to {@code operation} (as {@link UpsClient} names operations). */
    public static CarrierException of(String operation, CarrierHttpResponse response) {
        List<Problem> errors = errors(safeRead(response.body()));
        String code = code(errors);
        String message = reason(errors);
        int status = response.status();
        CarrierErrorCategory category = code != null && CODES.containsKey(code) ? CODES.get(code) : byStatus(response);
        if (UpsClient.TOKEN.equals(operation) && status >= 400 && status < 500 && status != 429) {
            category = CarrierErrorCategory.AUTHENTICATION; // the token endpoint refusing the client is a credentials problem
        }
        if (UpsClient.TRACK.equals(operation) && (status == 404 || TRACKING_NOT_FOUND.contains(code))) {
            category = CarrierErrorCategory.NOT_FOUND; // Tracking answers 404 for a number it has no record of
        }
        return new CarrierException(category, CODE, code != null ? code : "HTTP_" + status,
                message != null ? message : "UPS answered HTTP " + status + " to " + operation,
                RETRYABLE.contains(category), category == CarrierErrorCategory.RATE_LIMITED ? response.retryAfter() : null,
                category == CarrierErrorCategory.INVALID_REQUEST ? universalField(operation, message) : null, null);
    }

    /**
     * A refusal UPS answered with HTTP 200 (Delivery Intercept's {@code success:false}): INVALID_STATE
     * (UPS will not make this change now), or UNAVAILABLE for its system errors.
     */
    public static CarrierException refused(List<Problem> errors, String fallbackMessage) {
        List<Problem> list = UpsWire.list(errors);
        String code = code(list);
        String message = reason(list);
        CarrierErrorCategory category = code != null && CODES.containsKey(code) ? CODES.get(code) : CarrierErrorCategory.INVALID_STATE;
        return new CarrierException(category, CODE, code != null ? code : "REFUSED",
                message != null ? message : fallbackMessage, RETRYABLE.contains(category));
    }

    /** The request cannot be made as asked: INVALID_REQUEST naming the universal field. */
    public static CarrierException invalid(String code, String message, String field) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, CODE, code, message, false, null, field, null);
    }

    /** UPS has no record of the number (unknown, or not scanned yet): the shipment's status stays as it is. */
    public static CarrierException notFound(String code, String message) {
        return new CarrierException(CarrierErrorCategory.NOT_FOUND, CODE, code, message, false);
    }

    /** The request cannot be made as asked, with the values UPS proposes instead (e.g. the towns of an ambiguous place). */
    public static CarrierException invalid(String code, String message, String field, List<String> candidates) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, CODE, code, message, false, null, field, null, candidates);
    }

    /** UPS will not do it in the shipment's present state. */
    public static CarrierException invalidState(String code, String message) {
        return new CarrierException(CarrierErrorCategory.INVALID_STATE, CODE, code, message, false);
    }

    /** UPS has no service for what is asked. */
    public static CarrierException notServiceable(String code, String message, String field) {
        return new CarrierException(CarrierErrorCategory.NOT_SERVICEABLE, CODE, code, message, false, null, field, null);
    }

    /** An answer UPS should not give (a success without what a success carries). */
    public static CarrierException unexpected(String code, String message) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, code, message, false);
    }

    /** An answer that is not the JSON UPS documents. */
    public static CarrierException unparseable(Throwable cause) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, "UNPARSEABLE_RESPONSE",
                "UPS answered with content that cannot be read", false, null, null, cause);
    }

    /** A webhook call that does not prove it comes from UPS. */
    public static CarrierException authentication(String code, String message) {
        return new CarrierException(CarrierErrorCategory.AUTHENTICATION, CODE, code, message, false);
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

    private static List<Problem> errors(ErrorBody body) {
        if (body == null) {
            return List.of();
        }
        List<Problem> nested = UpsWire.list(body.response() == null ? null : body.response().errors());
        return nested.isEmpty() ? UpsWire.list(body.errors()) : nested;
    }

    /** The code of the error whose reason is kept, else of the first error. */
    private static String code(List<Problem> errors) {
        return errors.stream().filter(e -> readable(e) != null).map(Problem::anyCode).filter(c -> c != null).findFirst()
                .orElse(errors.stream().map(Problem::anyCode).filter(c -> c != null).findFirst().orElse(null));
    }

    /** The first human-readable message: not blank, not the bare code, not a status word. */
    private static String reason(List<Problem> errors) {
        return errors.stream().map(UpsErrors::readable).filter(m -> m != null).findFirst().orElse(null);
    }

    private static String readable(Problem error) {
        String message = error.anyMessage();
        if (message == null || message.equalsIgnoreCase(error.anyCode())
                || EMPTY_REASONS.contains(message.toLowerCase(Locale.ROOT)) || message.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return message;
    }

    private static ErrorBody safeRead(byte[] body) {
        try {
            return UpsWire.read(body, ErrorBody.class);
        } catch (CarrierException e) {
            return null;
        }
    }
}

package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sandbox's carrier code and every {@link CarrierException} the adapter raises. Turns the
 * sandbox's error answers ({@code {"error":{"code","message","field"}}}) into exceptions: 400
 * INVALID_REQUEST, 401/403 AUTHENTICATION, 404 NOT_FOUND when tracking (the sandbox has no record of
 * that AWB for this account) and INVALID_REQUEST elsewhere, 409 INVALID_STATE, 422 NOT_SERVICEABLE (when the code says so, else INVALID_REQUEST),
 * 429 RATE_LIMITED and 5xx UNAVAILABLE, both retryable. The carrier's code and message are kept,
 * and the field it names is translated back to the universal request's field
 * ({@code recipient.postal_code} to {@code recipient.postalCode}, {@code cod} to {@code options.cod};
 * {@code address.postal_code} to {@code postalCode} when the universal request is the address itself).
 */
public final class SandboxErrors {

    /** The sandbox's carrier code. */
    public static final String CARRIER = "sandbox";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorAnswer(ErrorBody error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(String code, String message, String field) {
    }

    private static final Map<String, String> SHIPMENT_FIELDS = Map.of(
            "service_code", "service",
            "cod", "options.cod",
            "declared_value", "options.declaredValue",
            "signature", "options.signature",
            "is_return", "options.returnShipment",
            "label_formats", "options.labelFormat",
            "ship_date", "options.shipDate");

    /** Top-level sandbox fields whose universal name differs, per operation (as the client names operations). */
    private static final Map<String, Map<String, String>> TOP_LEVEL_FIELDS = Map.of(
            SandboxClient.RATES, SHIPMENT_FIELDS,
            SandboxClient.CREATE_SHIPMENT, SHIPMENT_FIELDS,
            SandboxClient.CREATE_RETURN, Map.of("shipper", "customer", "recipient", "warehouse", "service_code", "service"),
            SandboxClient.ESTIMATE_DELIVERY, Map.of("service_code", "service"),
            SandboxClient.SCHEDULE_PICKUP, Map.of("address", "location"),
            SandboxClient.NDR_ACTION, Map.of("address", "newAddress", "phone", "newPhone"));

    /** Operations whose universal request is the one object the sandbox's body wraps in a field: that field is dropped. */
    private static final Map<String, String> WRAPPED_REQUESTS = Map.of(SandboxClient.VALIDATE_ADDRESS, "address.");

    /** Nested sandbox fields whose universal name differs, in any operation. */
    private static final Map<String, String> NESTED_FIELDS = Map.of(
            "weight_grams", "weight",
            "length_cm", "dimensions",
            "width_cm", "dimensions",
            "height_cm", "dimensions",
            "unit_weight_grams", "unitWeight");

    private SandboxErrors() {
    }

    /** The exception for an error answer of the sandbox to {@code operation}. */
    public static CarrierException of(String operation, CarrierHttpResponse response) {
        ErrorBody error = errorBody(response.body());
        String code = blankToNull(error.code());
        String message = blankToNull(error.message());
        int status = response.status();
        CarrierErrorCategory category = switch (status) {
            case 400 -> CarrierErrorCategory.INVALID_REQUEST;
            case 404 -> SandboxClient.TRACK.equals(operation) ? CarrierErrorCategory.NOT_FOUND : CarrierErrorCategory.INVALID_REQUEST;
            case 401, 403 -> CarrierErrorCategory.AUTHENTICATION;
            case 409 -> CarrierErrorCategory.INVALID_STATE;
            case 422 -> "NOT_SERVICEABLE".equals(code) ? CarrierErrorCategory.NOT_SERVICEABLE : CarrierErrorCategory.INVALID_REQUEST;
            default -> response.defaultCategory();
        };
        boolean retryable = status == 429 || status >= 500;
        return new CarrierException(category, CARRIER, code != null ? code : "HTTP_" + status,
                message != null ? message : code != null ? code : "the sandbox answered HTTP " + status, retryable,
                status == 429 ? response.retryAfter() : null, universalField(operation, blankToNull(error.field())), null);
    }

    /** Reads an answer of the sandbox; one that is not the JSON expected is the carrier's error (UNKNOWN). */
    public static <T> T read(byte[] body, Class<T> type) {
        T value = body == null || body.length == 0 ? null : CarrierJson.read(CARRIER, body, type);
        if (value == null) {
            throw unreadable("the answer is empty");
        }
        return value;
    }

    /** An answer that is JSON but lacks what the operation needs: the carrier's error, not ours. */
    public static CarrierException unreadable(String what) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CARRIER, "UNPARSEABLE_RESPONSE",
                "the sandbox answered with content that cannot be read: " + what, false, null, null, null);
    }

    /** A service the sandbox does not offer. */
    public static CarrierException noSuchService(String message, String field) {
        return new CarrierException(CarrierErrorCategory.NOT_SERVICEABLE, CARRIER, "NO_SUCH_SERVICE", message, false, null, field, null);
    }

    /** An account setting the sandbox cannot use: INVALID_REQUEST naming the setting. */
    public static CarrierException invalidSetting(String setting, String problem) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, CARRIER, "INVALID_SETTING",
                "the sandbox account's setting " + setting + " " + problem, false, null, setting, null);
    }

    /** A purchase looked up without the key it was made with: the caller's mistake. */
    public static IllegalArgumentException noIdempotencyKey() {
        return new IllegalArgumentException("a purchase is found by the idempotency key it was made with: the context has none");
    }

    /** A tracking push the adapter refuses to read: AUTHENTICATION. */
    public static CarrierException pushRefused(String code, String message) {
        return new CarrierException(CarrierErrorCategory.AUTHENTICATION, CARRIER, code, message, false);
    }

    /** The universal request's name for a field the sandbox named, e.g. {@code parcels[0].weight_grams} to {@code parcels[0].weight}. */
    static String universalField(String operation, String field) {
        if (field == null) {
            return null;
        }
        String wrapper = WRAPPED_REQUESTS.get(operation);
        if (wrapper != null && field.startsWith(wrapper)) {
            field = field.substring(wrapper.length());
        }
        int dot = field.indexOf('.');
        String top = dot < 0 ? field : field.substring(0, dot);
        String index = top.contains("[") ? top.substring(top.indexOf('[')) : "";
        String topName = top.substring(0, top.length() - index.length());
        String universalTop = TOP_LEVEL_FIELDS.getOrDefault(operation, Map.of()).getOrDefault(topName, camelCase(topName)) + index;
        if (dot < 0) {
            return universalTop;
        }
        return universalTop + "." + Arrays.stream(field.substring(dot + 1).split("\\."))
                .map(part -> NESTED_FIELDS.getOrDefault(part, camelCase(part)))
                .collect(Collectors.joining("."));
    }

    private static String camelCase(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static ErrorBody errorBody(byte[] body) {
        try {
            ErrorAnswer answer = body == null || body.length == 0 ? null : CarrierJson.mapper().readValue(body, ErrorAnswer.class);
            return answer == null || answer.error() == null ? new ErrorBody(null, null, null) : answer.error();
        } catch (IOException e) {
            return new ErrorBody(null, null, null);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

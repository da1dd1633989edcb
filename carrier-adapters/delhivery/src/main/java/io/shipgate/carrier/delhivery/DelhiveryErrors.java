package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Delhivery's failures as {@link CarrierException}s. Delhivery has no error codes: it says no
 * with an HTTP status and a text ({@code {"error": "..."}}, {@code {"detail": "..."}}, plain
 * text), or with HTTP 200 and a refusal in the body ({@code "success": false} with {@code rmk},
 * a package with {@code "status": "Fail"} and {@code remarks}, {@code "status": false} with
 * {@code remark} or {@code error}). The human-readable reason is read, never a flag beside it
 * ({@code "error": true, "rmk": "..."} is the rmk); it is kept in the message and its wording
 * decides the category and the stable code ({@link Remark}). This class owns the carrier code
 * ({@link #CODE}) and every {@link CarrierException} the adapter raises:
 * <ul>
 *   <li>401/403, or a remark about the token: AUTHENTICATION;</li>
 *   <li>a remark about a pincode or serviceability: NOT_SERVICEABLE, naming the pincode's field;</li>
 *   <li>a duplicate order id: INVALID_REQUEST naming {@code reference};</li>
 *   <li>an unknown warehouse: INVALID_REQUEST naming the account setting {@code pickup_location};</li>
 *   <li>429: RATE_LIMITED after the Retry-After header, or the minute Delhivery throttles for;</li>
 *   <li>a waybill Delhivery does not know (tracking): NOT_FOUND, the shipment keeps its status;</li>
 *   <li>5xx: UNAVAILABLE (504 TIMEOUT), retryable; any other refusal: INVALID_REQUEST.</li>
 * </ul>
 */
public final class DelhiveryErrors {

    /** The carrier code every Delhivery exception and quote carries. */
    public static final String CODE = "delhivery";

    /** Delhivery throttles an IP for a minute once it exceeds a rate limit (e.g. 40 charge requests a minute). */
    static final Duration THROTTLE = Duration.ofMinutes(1);
    private static final int MAX_TEXT = 300;
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?91[ -]?)?[6-9]\\d{9}(?!\\d)");

    private DelhiveryErrors() {
    }

    /**
     * Where an operation's fields are in the universal request, for the errors to name them.
     *
     * @param pincode the address whose pincode Delhivery checks ({@code recipient}, {@code customer})
     */
    public record Fields(String pincode, String phone, String address, String cod, String weight) {

        public static final Fields SHIPMENT = new Fields("recipient.postalCode", "recipient.phone", "recipient.street1",
                "options.cod", "parcels[0].weight");
        public static final Fields RETURN = new Fields("customer.postalCode", "customer.phone", "customer.street1",
                null, "parcels[0].weight");
        public static final Fields RATE = new Fields("recipient.postalCode", null, null, "options.cod", "parcels[0].weight");
        public static final Fields NONE = new Fields(null, null, null, null, null);
    }

    /** What a Delhivery remark means: the category, a stable code, and the universal field when the remark names one. */
    record Remark(CarrierErrorCategory category, String code, String field) {

        private static final Pattern AUTH = Pattern.compile("token|api key|login|unauthori[sz]ed|authenticat");
        private static final Pattern PINCODE = Pattern.compile("serviceab|pin ?code|\\bpin\\b|embargo");
        private static final Pattern WAREHOUSE = Pattern.compile("clientwarehouse|warehouse|pickup.?location");

        static Remark of(String text, Fields fields) {
            String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
            if (AUTH.matcher(t).find()) {
                return new Remark(CarrierErrorCategory.AUTHENTICATION, "AUTHENTICATION", null);
            }
            if (t.contains("duplicate")) {
                return new Remark(CarrierErrorCategory.INVALID_REQUEST, "DUPLICATE_ORDER", "reference");
            }
            if (WAREHOUSE.matcher(t).find()) {
                return new Remark(CarrierErrorCategory.INVALID_REQUEST, "UNKNOWN_PICKUP_LOCATION", null);
            }
            if (PINCODE.matcher(t).find()) {
                return new Remark(CarrierErrorCategory.NOT_SERVICEABLE, "NOT_SERVICEABLE", fields.pincode());
            }
            if (t.contains("cod") || t.contains("cash on delivery")) {
                return new Remark(CarrierErrorCategory.INVALID_REQUEST, "INVALID_COD", fields.cod());
            }
            if (t.contains("weight")) {
                return new Remark(CarrierErrorCategory.INVALID_REQUEST, "INVALID_WEIGHT", fields.weight());
            }
            if (t.contains("phone") || t.contains("mobile")) {
                return new Remark(CarrierErrorCategory.INVALID_REQUEST, "INVALID_PHONE", fields.phone());
            }
            if (t.contains("address")) {
                return new Remark(CarrierErrorCategory.INVALID_REQUEST, "INVALID_ADDRESS", fields.address());
            }
            return new Remark(CarrierErrorCategory.INVALID_REQUEST, "REJECTED", null);
        }
    }

    /** A non-2xx answer. */
    public static CarrierException http(String operation, CarrierHttpResponse response, Fields fields) {
        int status = response.status();
        String text = text(response).orElse(null);
        String said = text == null ? "HTTP " + status : "HTTP " + status + ": " + text;
        if (status == 401 || status == 403) {
            return new CarrierException(CarrierErrorCategory.AUTHENTICATION, CODE, "HTTP_" + status,
                    "Delhivery refused the account's API token (" + said + ")", false);
        }
        if (status == 429) {
            Duration wait = response.retryAfter() == null ? THROTTLE : response.retryAfter();
            return new CarrierException(CarrierErrorCategory.RATE_LIMITED, CODE, "HTTP_429",
                    "Delhivery throttled " + operation + " (" + said + ")", true, wait, null, null);
        }
        if (status >= 500) {
            return new CarrierException(response.defaultCategory(), CODE, "HTTP_" + status,
                    "Delhivery failed " + operation + " (" + said + ")", true, null, null, null);
        }
        Remark remark = Remark.of(text, fields);
        return new CarrierException(remark.category(), CODE, remark.code(),
                "Delhivery refused " + operation + " (" + said + ")" + hint(remark), false, null, remark.field(), null);
    }

    /** A refusal in a 200 answer, with Delhivery's remark. */
    public static CarrierException refused(String operation, String remark, Fields fields) {
        Remark meaning = Remark.of(remark, fields);
        return new CarrierException(meaning.category(), CODE, meaning.code(),
                "Delhivery refused " + operation + ": " + (remark == null ? "no reason given" : clip(remark)) + hint(meaning),
                false, null, meaning.field(), null);
    }

    /** The shipment's state does not allow what was asked (cancel after pickup, an NDR action without a failed attempt). */
    public static CarrierException invalidState(String operation, String remark) {
        return new CarrierException(CarrierErrorCategory.INVALID_STATE, CODE, "INVALID_STATE",
                "Delhivery refused " + operation + " in the shipment's current state: " + (remark == null ? "no reason given" : clip(remark)),
                false);
    }

    public static CarrierException notServiceable(String code, String message, String field) {
        return new CarrierException(CarrierErrorCategory.NOT_SERVICEABLE, CODE, code, message, false, null, field, null);
    }

    public static CarrierException invalid(String code, String message, String field) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, CODE, code, message, false, null, field, null);
    }

    /** An account setting that is missing or wrong: the merchant fixes the carrier account. */
    public static CarrierException setting(String setting, String problem) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, CODE, "INVALID_SETTING",
                "the Delhivery account's setting " + setting + " " + problem, false, null, setting, null);
    }

    /** An answer Delhivery gave that the adapter cannot use (no waybill, no label). */
    public static CarrierException unexpected(String code, String message) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, code, message, false);
    }

    /**
     * Delhivery's reason in a JSON answer: {@code rmk}, {@code remark(s)}, {@code error} (or its
     * {@code message}), {@code Error}, {@code detail}, {@code message}. A boolean ({@code "error": true})
     * is a flag, never the reason.
     */
    public static Optional<String> text(JsonNode body) {
        if (body == null || !body.isObject()) {
            return Optional.empty();
        }
        return reason(body.get("rmk"), body.get("remark"), body.get("remarks"), body.get("error"), body.get("Error"),
                body.get("detail"), body.get("message"));
    }

    /**
     * The first human-readable text among Delhivery's answer fields, in the order given: a string, a
     * list of strings (joined), or an object's {@code message}; booleans, numbers and blanks are skipped.
     */
    public static Optional<String> reason(JsonNode... values) {
        for (JsonNode value : values) {
            String text = readable(value);
            if (!text.isBlank()) {
                return Optional.of(clip(text.strip()));
            }
        }
        return Optional.empty();
    }

    private static String readable(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(DelhiveryErrors::readable).filter(s -> !s.isBlank())
                    .collect(Collectors.joining("; "));
        }
        if (value.isObject()) {
            return readable(value.get("message"));
        }
        return value.isTextual() ? value.asText() : "";
    }

    /** Delhivery has no record of the waybill (unknown, or not scanned yet): NOT_FOUND, the shipment's status stands. */
    public static CarrierException unknownWaybill(String operation, String waybill, String remark) {
        return new CarrierException(CarrierErrorCategory.NOT_FOUND, CODE, "UNKNOWN_WAYBILL",
                "Delhivery knows no shipment " + waybill + " (" + operation + (remark == null ? "" : ": " + clip(remark)) + ")", false);
    }

    /** A scan push Delhivery's token does not authenticate. */
    public static CarrierException pushRefused(String code, String message) {
        return new CarrierException(CarrierErrorCategory.AUTHENTICATION, CODE, code, message, false);
    }

    /** An answer in a format the adapter cannot read (neither the JSON nor the XML expected). */
    public static CarrierException unreadable(String operation, Exception cause) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, "UNPARSEABLE_RESPONSE",
                "Delhivery answered " + operation + " with content that cannot be read", false, null, null, cause);
    }

    /** An answer of Delhivery as the wire record it should be; one that is not is the carrier's error, not ours. */
    public static <T> T read(byte[] body, Class<T> type) {
        return CarrierJson.read(CODE, body, type);
    }

    private static Optional<String> text(CarrierHttpResponse response) {
        String body = response.bodyText().strip();
        if (body.isEmpty() || body.startsWith("<")) {
            return Optional.empty(); // an HTML error page says nothing a merchant can use
        }
        if (body.startsWith("{")) {
            try {
                return text(CarrierJson.mapper().readTree(response.body()));
            } catch (java.io.IOException e) {
                return Optional.of(clip(body));
            }
        }
        return Optional.of(clip(body));
    }

    private static String hint(Remark remark) {
        return "UNKNOWN_PICKUP_LOCATION".equals(remark.code())
                ? "; check the account's setting " + DelhiverySettings.PICKUP_LOCATION + " against the warehouses registered with Delhivery"
                : "";
    }

    /** Delhivery's texts may quote the consignee's mobile number; it is masked (waybills, 13 or 14 digits, are not). */
    private static String clip(String text) {
        String oneLine = MOBILE.matcher(text.replaceAll("\\s+", " ")).replaceAll("**********");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "...";
    }
}

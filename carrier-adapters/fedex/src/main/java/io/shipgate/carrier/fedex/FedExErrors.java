package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns FedEx's error answers ({@code {"transactionId", "errors": [{"code", "message"}]}}, the
 * shape of every FedEx REST API) into {@link CarrierException}s, keeping FedEx's first code and
 * every message:
 * <ul>
 * <li>401/403 AUTHENTICATION (after the client's one retry with a fresh token);</li>
 * <li>429 RATE_LIMITED with the Retry-After delay; 5xx UNAVAILABLE (504 TIMEOUT), retryable except a 504 and a 500
 *     to a purchase (FedEx may have sold the label before failing);</li>
 * <li>other 4xx INVALID_REQUEST, or NOT_SERVICEABLE for codes that say FedEx does not serve the lane or
 *     service, or INVALID_STATE for a cancel FedEx no longer allows, or NOT_FOUND for a tracking number FedEx has
 *     no record of (also when FedEx says so inside a successful track answer).</li>
 * </ul>
 * A code naming the shipper's or recipient's postal code, country, city, state or phone, or the
 * tracking number, is translated to the universal request's field ({@code recipient.postalCode}...).
 * The message is FedEx's human-readable text ({@code message}, an OAuth answer's
 * {@code error_description}), the bare code only when FedEx gives no text.
 *
 * <p>This class owns the carrier code and every exception the adapter raises, so that mappers
 * never import {@link FedExCarrier}.
 */
public final class FedExErrors {

    public static final String CODE = "fedex";

    /** Code fragments of FedEx errors meaning "not served": no service for the lane, the package or the option. */
    private static final List<String> NOT_SERVICEABLE = List.of("NOSERVICE", "NOT.SERVICEABLE", "SERVICE.NOTAVAILABLE",
            "SERVICE.NOT.AVAILABLE", "NOTSERVED", "NOT.SERVED");
    /** Code fragments of FedEx errors meaning "not in this state". */
    private static final List<String> INVALID_STATE = List.of("CANCEL.NOTALLOWED", "CANCEL.NOT.ALLOWED", "ALREADY.CANCELLED",
            "ALREADY.DELETED", "SHIPMENT.DELETED");

    /** Codes of FedEx errors meaning "no record of this number" (unknown, or not scanned yet): NOT_FOUND, not a bad request. */
    private static final List<String> NOT_FOUND = List.of("TRACKINGNUMBER.NOTFOUND", "TRACKINGNUMBER.NOT.FOUND", "TRACKING.NOTFOUND",
            "TRACKINGNUMBER.NOTYETSCANNED");

    /** Address attributes FedEx names in codes, by the universal Address property. */
    private static final Map<String, String> ADDRESS_ATTRIBUTES = Map.of(
            "POSTALCODE", "postalCode", "POSTAL", "postalCode", "COUNTRYCODE", "country", "COUNTRY", "country",
            "CITY", "city", "STATEORPROVINCECODE", "state", "STATE", "state", "PHONENUMBER", "phone", "PHONE", "phone");

    private static final Set<String> PURCHASES = Set.of(FedExClient.CREATE_SHIPMENT, FedExClient.CREATE_RETURN);

    private FedExErrors() {
    }

    /** FedEx's error answer: {@code errors[]} with code and message; an OAuth refusal may use {@code error}/{@code error_description}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorAnswer(List<Problem> errors, String error, @JsonProperty("error_description") String errorDescription) {
    }

    /** One of FedEx's errors or alerts: its code and human-readable message. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String code, String message) {
    }

    /** The exception for a FedEx error answer to {@code operation}. */
    public static CarrierException of(String operation, CarrierHttpResponse response) {
        ErrorAnswer answer = errors(response.body());
        List<Problem> errors = FedExValues.list(answer.errors());
        String code = errors.isEmpty() ? FedExValues.text(answer.error()) : FedExValues.text(errors.getFirst().code());
        String message = errors.stream().map(e -> FedExValues.firstText(e.message(), e.code())).filter(m -> m != null)
                .collect(Collectors.joining("; "));
        if (message.isEmpty()) {
            String described = FedExValues.firstText(answer.errorDescription(), answer.error());
            message = described == null ? "" : described;
        }
        int status = response.status();
        CarrierErrorCategory category = status >= 400 && status < 500 && status != 401 && status != 403 && status != 429
                ? categoryOf(code) : response.defaultCategory();
        boolean retryable = status == 429 || status >= 500 && status != 504 && !(PURCHASES.contains(operation) && status == 500);
        return new CarrierException(category, CODE, code != null ? code : "HTTP_" + status,
                message.isEmpty() ? "FedEx answered HTTP " + status + " to " + operation : message, retryable,
                status == 429 ? response.retryAfter() : null, universalField(operation, code), null);
    }

    /** The exception for an error FedEx reported inside a successful answer (e.g. a tracking number it does not know). */
    public static CarrierException of(String operation, String code, String message) {
        return new CarrierException(categoryOf(code), CODE, code, message != null ? message : "FedEx reported " + code,
                false, null, universalField(operation, code), null);
    }

    /** The exception for a refused OAuth token request: any 4xx means the project's credentials are wrong. */
    static CarrierException ofToken(CarrierHttpResponse response) {
        CarrierException e = of(FedExClient.TOKEN, response);
        if (response.status() >= 400 && response.status() < 500 && response.status() != 429) {
            return new CarrierException(CarrierErrorCategory.AUTHENTICATION, CODE, e.carrierCode(),
                    "FedEx refused the account's client_id/client_secret: " + e.getMessage(), false, null, null, null);
        }
        return e;
    }

    static CarrierErrorCategory categoryOf(String code) {
        if (code == null) {
            return CarrierErrorCategory.INVALID_REQUEST;
        }
        if (NOT_FOUND.stream().anyMatch(code::contains)) {
            return CarrierErrorCategory.NOT_FOUND;
        }
        if (NOT_SERVICEABLE.stream().anyMatch(code::contains)) {
            return CarrierErrorCategory.NOT_SERVICEABLE;
        }
        if (INVALID_STATE.stream().anyMatch(code::contains)) {
            return CarrierErrorCategory.INVALID_STATE;
        }
        return CarrierErrorCategory.INVALID_REQUEST;
    }

    /**
     * The universal field a FedEx code names, e.g. {@code RECIPIENT.POSTALCODE.INVALID} to
     * {@code recipient.postalCode} ({@code warehouse.postalCode} for a return, {@code destination...}
     * for an estimate), {@code TRACKING.TRACKINGNUMBER.EMPTY} to {@code awb}; null when it names none.
     */
    static String universalField(String operation, String code) {
        if (code == null) {
            return null;
        }
        List<String> segments = Arrays.asList(code.split("\\."));
        if (segments.contains("TRACKINGNUMBER")) {
            return "awb";
        }
        String party = segments.contains("RECIPIENT") ? recipient(operation) : segments.contains("SHIPPER") ? shipper(operation) : null;
        if (party == null) {
            return null;
        }
        return segments.stream().filter(ADDRESS_ATTRIBUTES::containsKey).findFirst()
                .map(attribute -> party + "." + ADDRESS_ATTRIBUTES.get(attribute)).orElse(party);
    }

    private static String shipper(String operation) {
        return switch (operation) {
            case FedExClient.CREATE_RETURN -> "customer";
            case FedExClient.ESTIMATE_DELIVERY -> "origin";
            case FedExClient.SCHEDULE_PICKUP -> "location";
            default -> "shipper";
        };
    }

    private static String recipient(String operation) {
        return switch (operation) {
            case FedExClient.CREATE_RETURN -> "warehouse";
            case FedExClient.ESTIMATE_DELIVERY -> "destination";
            default -> "recipient";
        };
    }

    private static ErrorAnswer errors(byte[] body) {
        try {
            ErrorAnswer answer = CarrierJson.mapper().readValue(body, ErrorAnswer.class);
            return answer == null ? new ErrorAnswer(null, null, null) : answer;
        } catch (java.io.IOException | RuntimeException e) {
            return new ErrorAnswer(null, null, null); // an error page that is not JSON: the status speaks for itself
        }
    }

    /** The exception for an error FedEx reported inside a successful answer with its category, e.g. a cancel FedEx refused. */
    public static CarrierException refused(CarrierErrorCategory category, String code, String message) {
        return new CarrierException(category, CODE, code, message, false);
    }

    /** An answer FedEx gave that Shipgate cannot use (no tracking number, no document id...). */
    public static CarrierException unexpected(String code, String message) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, code, message, false);
    }

    /** An answer FedEx gave that Shipgate cannot use, with what failed reading it. */
    public static CarrierException unexpected(String code, String message, Throwable cause) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, code, message, false, null, null, cause);
    }

    /** A request FedEx cannot be asked, naming the universal field at fault. */
    public static CarrierException invalidRequest(String code, String message, String field) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, CODE, code, message, false, null, field, null);
    }

    /** A push or request whose credentials do not hold. */
    public static CarrierException authentication(String code, String message) {
        return new CarrierException(CarrierErrorCategory.AUTHENTICATION, CODE, code, message, false);
    }

    /** Reads a FedEx answer as its wire record; an answer that is not that JSON is the carrier's error, not ours. */
    public static <T> T read(byte[] body, Class<T> type) {
        T value = CarrierJson.read(CODE, body, type);
        if (value == null) {
            throw unexpected("EMPTY_RESPONSE", "FedEx answered with an empty body");
        }
        return value;
    }
}

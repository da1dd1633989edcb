package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

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
 *     service, or INVALID_STATE for a cancel FedEx no longer allows.</li>
 * </ul>
 * A code naming the shipper's or recipient's postal code, country, city, state or phone, or the
 * tracking number, is translated to the universal request's field ({@code recipient.postalCode}...).
 */
public final class FedExErrors {

    /** Code fragments of FedEx errors meaning "not served": no service for the lane, the package or the option. */
    private static final List<String> NOT_SERVICEABLE = List.of("NOSERVICE", "NOT.SERVICEABLE", "SERVICE.NOTAVAILABLE",
            "SERVICE.NOT.AVAILABLE", "NOTSERVED", "NOT.SERVED");
    /** Code fragments of FedEx errors meaning "not in this state". */
    private static final List<String> INVALID_STATE = List.of("CANCEL.NOTALLOWED", "CANCEL.NOT.ALLOWED", "ALREADY.CANCELLED",
            "ALREADY.DELETED", "SHIPMENT.DELETED");

    /** Address attributes FedEx names in codes, by the universal Address property. */
    private static final Map<String, String> ADDRESS_ATTRIBUTES = Map.of(
            "POSTALCODE", "postalCode", "POSTAL", "postalCode", "COUNTRYCODE", "country", "COUNTRY", "country",
            "CITY", "city", "STATEORPROVINCECODE", "state", "STATE", "state", "PHONENUMBER", "phone", "PHONE", "phone");

    private static final Set<String> PURCHASES = Set.of(FedExClient.CREATE_SHIPMENT, FedExClient.CREATE_RETURN);

    private FedExErrors() {
    }

    /** The exception for a FedEx error answer to {@code operation}. */
    public static CarrierException of(String operation, CarrierHttpResponse response) {
        List<JsonNode> errors = errors(response.body());
        String code = errors.isEmpty() ? null : FedExJson.text(errors.getFirst(), "code");
        String message = errors.stream().map(e -> FedExJson.text(e, "message")).filter(m -> m != null)
                .collect(Collectors.joining("; "));
        int status = response.status();
        CarrierErrorCategory category = status >= 400 && status < 500 && status != 401 && status != 403 && status != 429
                ? categoryOf(code) : response.defaultCategory();
        boolean retryable = status == 429 || status >= 500 && status != 504 && !(PURCHASES.contains(operation) && status == 500);
        return new CarrierException(category, FedExCarrier.CODE, code != null ? code : "HTTP_" + status,
                message.isEmpty() ? "FedEx answered HTTP " + status + " to " + operation : message, retryable,
                status == 429 ? response.retryAfter() : null, universalField(operation, code), null);
    }

    /** The exception for an error FedEx reported inside a successful answer (e.g. a tracking number it does not know). */
    public static CarrierException of(String operation, String code, String message) {
        return new CarrierException(categoryOf(code), FedExCarrier.CODE, code, message != null ? message : "FedEx reported " + code,
                false, null, universalField(operation, code), null);
    }

    /** The exception for a refused OAuth token request: any 4xx means the project's credentials are wrong. */
    static CarrierException ofToken(CarrierHttpResponse response) {
        CarrierException e = of(FedExClient.TOKEN, response);
        if (response.status() >= 400 && response.status() < 500 && response.status() != 429) {
            return new CarrierException(CarrierErrorCategory.AUTHENTICATION, FedExCarrier.CODE, e.carrierCode(),
                    "FedEx refused the account's client_id/client_secret: " + e.getMessage(), false, null, null, null);
        }
        return e;
    }

    static CarrierErrorCategory categoryOf(String code) {
        if (code == null) {
            return CarrierErrorCategory.INVALID_REQUEST;
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

    private static List<JsonNode> errors(byte[] body) {
        try {
            JsonNode root = FedExJson.read(body);
            return FedExJson.each(root, "errors", e -> e);
        } catch (CarrierException e) {
            return List.of(); // an error page that is not JSON: the status speaks for itself
        }
    }
}

package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns MyDHL's error answers into {@link CarrierException}s. MyDHL answers problems as
 * {@code {"instance","detail","title","message","status","additionalDetails"}} (a 500 carries
 * {@code code} instead of {@code status}); the detail often starts with DHL's own error number
 * ({@code 7008: ...}), which becomes the exception's carrier code, and schema errors name the
 * offending field as a JSON pointer ({@code #/customerDetails/receiverDetails/postalAddress/cityName}),
 * which becomes the universal field ({@code recipient.city}).
 *
 * <p>Categories: 401/403 AUTHENTICATION; 429 RATE_LIMITED with Retry-After; 5xx UNAVAILABLE and
 * retryable (DHL bills a label only once it is scanned, so a purchase retried after a 5xx costs
 * nothing), 408/504 TIMEOUT; DHL's "not available between this origin and destination" and
 * "product not available" errors NOT_SERVICEABLE; other 4xx INVALID_REQUEST.
 */
public final class DhlErrors {

    /** The carrier code every exception of this adapter carries. */
    public static final String CODE = "dhl-express";

    /** DHL error numbers that mean the lane, product or option is not served. */
    private static final Set<String> NOT_SERVICEABLE = Set.of("1001", "7008");
    private static final Pattern ERROR_NUMBER = Pattern.compile("^\\s*(\\d{3,6})\\s*:");
    /** Titles and messages that only name the HTTP status. */
    private static final Set<String> HTTP_PHRASES = Set.of("bad request", "unauthorized", "forbidden", "not found",
            "unprocessable entity", "too many requests", "internal server error", "service unavailable", "gateway timeout");
    private static final Pattern POINTER = Pattern.compile("#/[A-Za-z0-9_/]+");
    private static final Map<String, String> ADDRESS_FIELDS = Map.of(
            "postalCode", "postalCode", "cityName", "city", "countryCode", "country", "provinceCode", "state",
            "addressLine1", "street1", "addressLine2", "street2",
            "fullName", "name", "companyName", "company", "phone", "phone", "email", "email");
    private static final Map<String, String> ITEM_FIELDS = Map.of(
            "description", "description", "price", "unitValue", "quantity", "quantity", "commodityCodes", "hsCode",
            "manufacturerCountry", "originCountry", "weight", "unitWeight");

    /**
     * What the request's parties are called in the universal request, to name fields in errors.
     *
     * @param shipper  the universal name of MyDHL's {@code shipperDetails}
     * @param receiver the universal name of MyDHL's {@code receiverDetails}, null when there is none
     */
    public record Parties(String shipper, String receiver) {
        public static final Parties SHIPMENT = new Parties("shipper", "recipient");
        public static final Parties RETURN = new Parties("customer", "warehouse");
        public static final Parties PICKUP = new Parties("location", null);
    }

    /**
     * MyDHL's problem answer; {@code status} and {@code code} come as numbers or strings, the
     * additional details as texts (or, read defensively, objects with a message).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String instance, String detail, String title, String message, String status, String code,
                   List<JsonNode> additionalDetails) {
    }

    private DhlErrors() {
    }

    /** The exception for an error answer of {@code operation}. */
    public static CarrierException of(String operation, CarrierHttpResponse response, Parties parties) {
        List<String> reasons = reasons(read(response.body()));
        String number = reasons.stream().map(DhlErrors::errorNumber).filter(n -> n != null).findFirst().orElse(null);
        CarrierErrorCategory category = category(operation, response, number);
        String message = reasons.isEmpty()
                ? "DHL Express answered HTTP " + response.status() + " to " + operation
                : String.join("; ", reasons);
        int status = response.status();
        boolean retryable = status == 429 || (status >= 500 && status != 504);
        return new CarrierException(category, CODE, number != null ? number : Integer.toString(status),
                message, retryable, status == 429 ? response.retryAfter() : null, field(reasons, parties), null);
    }

    /**
     * The human-readable reasons of a problem, most telling first: its detail and additional
     * details; without them its title or message, unless that only repeats the HTTP status's name
     * ("Bad request"), which the status already says.
     */
    static List<String> reasons(Problem problem) {
        if (problem == null) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        Stream.concat(Stream.of(problem.detail()), problem.additionalDetails() == null ? Stream.empty()
                        : problem.additionalDetails().stream().map(DhlErrors::text))
                .filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(reasons::add);
        if (reasons.isEmpty()) {
            Stream.of(problem.title(), problem.message()).filter(t -> t != null && !t.isBlank())
                    .map(String::strip).filter(t -> !HTTP_PHRASES.contains(t.toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresent(reasons::add);
        }
        return List.copyOf(reasons);
    }

    /** An additional detail: a text, or an object's message. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        for (String name : List.of("message", "detail", "reason", "description")) {
            if (node.path(name).isTextual()) {
                String field = node.path("field").isTextual() ? node.path("field").asText() + ": " : "";
                return field + node.path(name).asText();
            }
        }
        return node.toString();
    }

    /** A field the request needs for DHL is missing. */
    public static CarrierException missingField(String field, String message) {
        return invalid(field, "MISSING_FIELD", message);
    }

    /** A request DHL Express would refuse, named by its universal field. */
    public static CarrierException invalid(String field, String code, String message) {
        return new CarrierException(CarrierErrorCategory.INVALID_REQUEST, CODE, code, message, false, null, field, null);
    }

    /** An account setting that is missing or wrong. */
    public static CarrierException invalidSetting(String setting, String problem) {
        return invalid(setting, "INVALID_SETTING", "the DHL Express account's setting " + setting + " " + problem);
    }

    /** An option DHL Express does not offer through the MyDHL API. */
    public static CarrierException notOffered(String field, String what) {
        return notServiceable(field, "OPTION_NOT_OFFERED", "DHL Express does not offer " + what + " through the MyDHL API");
    }

    /** DHL Express does not serve a lane, a place or a service level. */
    public static CarrierException notServiceable(String field, String code, String message) {
        return new CarrierException(CarrierErrorCategory.NOT_SERVICEABLE, CODE, code, message, false, null, field, null);
    }

    /** An answer that lacks what it must carry (an AWB, a confirmation number). */
    public static CarrierException incomplete(String code, String message) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, code, message, false);
    }

    /** Content of DHL's answer that cannot be read as {@code what}. */
    public static CarrierException unreadable(String what, Exception cause) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, CODE, "UNPARSEABLE_RESPONSE",
                "DHL Express answered with content that cannot be read as " + what, false, null, null, cause);
    }

    /** DHL has no record of the AWB: unknown, or not scanned yet. Not a status: the shipment stays as it was. */
    public static CarrierException notFound(String awb) {
        return new CarrierException(CarrierErrorCategory.NOT_FOUND, CODE, "NOT_FOUND",
                "DHL Express has no tracking data for AWB " + awb + " (unknown or not scanned yet)", false);
    }

    /** Asked about a shipment in a state that does not allow it (no proof before delivery). */
    public static CarrierException invalidState(String code, String message) {
        return new CarrierException(CarrierErrorCategory.INVALID_STATE, CODE, code, message, false);
    }

    private static CarrierErrorCategory category(String operation, CarrierHttpResponse response, String number) {
        if (response.status() == 400 && number != null && NOT_SERVICEABLE.contains(number)) {
            return CarrierErrorCategory.NOT_SERVICEABLE;
        }
        if (response.status() == 404 && DhlClient.TRACK.equals(operation)) {
            return CarrierErrorCategory.NOT_FOUND; // "No data found": an AWB DHL does not know or has not scanned yet
        }
        if (response.status() == 404 && DhlClient.CANCEL_PICKUP.equals(operation)) {
            return CarrierErrorCategory.INVALID_STATE; // "Pickup not found": not (or no longer) booked
        }
        return response.defaultCategory();
    }

    /** The universal field the first JSON pointer of the answer names, when it names one this adapter wrote. */
    static String field(List<String> texts, Parties parties) {
        for (String text : texts) {
            Matcher pointer = POINTER.matcher(text);
            while (pointer.find()) {
                String field = universal(pointer.group().substring(2).split("/"), parties);
                if (field != null) {
                    return field;
                }
            }
        }
        return null;
    }

    private static String universal(String[] path, Parties parties) {
        if (path.length >= 3 && path[0].equals("customerDetails")) {
            String party = switch (path[1]) {
                case "shipperDetails" -> parties.shipper();
                case "receiverDetails" -> parties.receiver();
                default -> null;
            };
            // shipments and pickups nest postalAddress / contactInformation; rates write the address flat
            String leaf = ADDRESS_FIELDS.get(path.length >= 4 ? path[3] : path[2]);
            return party == null || leaf == null ? null : party + "." + leaf;
        }
        int at = path[0].equals("content") ? 1 : 0;
        if (path.length > at + 1 && path[at].equals("packages") && isIndex(path[at + 1])) {
            String leaf = path.length > at + 2 && path[at + 2].equals("dimensions") ? "dimensions" : "weight";
            return "parcels[" + path[at + 1] + "]." + leaf;
        }
        if (at == 1 && path.length >= 2) {
            return customsField(path);
        }
        return switch (path[0]) {
            case "plannedShippingDateAndTime" -> "options.shipDate";
            case "plannedPickupDateAndTime" -> "date";
            case "closeTime" -> "readyUntil";
            default -> null;
        };
    }

    private static String customsField(String[] path) {
        return switch (path[1]) {
            case "incoterm" -> "customs.incoterm";
            case "description" -> "customs.contentDescription";
            case "exportDeclaration" -> {
                if (path.length >= 5 && path[2].equals("lineItems") && isIndex(path[3]) && ITEM_FIELDS.containsKey(path[4])) {
                    yield "customs.items[" + path[3] + "]." + ITEM_FIELDS.get(path[4]);
                }
                if (path.length >= 4 && path[2].equals("invoice")) {
                    yield path[3].equals("date") ? "customs.invoiceDate" : "customs.invoiceNumber";
                }
                yield "customs";
            }
            default -> null;
        };
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static String errorNumber(String detail) {
        Matcher m = ERROR_NUMBER.matcher(detail);
        return m.find() ? m.group(1) : null;
    }

    private static Problem read(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return CarrierJson.mapper().readValue(body, Problem.class);
        } catch (IOException e) {
            return null; // not MyDHL's problem JSON (a gateway's HTML page): the HTTP status speaks
        }
    }
}

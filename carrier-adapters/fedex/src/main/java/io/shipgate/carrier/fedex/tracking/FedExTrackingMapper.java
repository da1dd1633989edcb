package io.shipgate.carrier.fedex.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExStatusMap;
import io.shipgate.carrier.fedex.FedExTime;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * {@code POST /track/v1/trackingnumbers} with detailed scans, and FedEx's track results (the same
 * shape its Advanced Integrated Visibility pushes carry) to universal tracking.
 *
 * <p>Each scan event becomes an event: its status from {@link FedExStatusMap} ({@code eventType},
 * else {@code derivedStatusCode}), its time as FedEx wrote it with the place's offset, its scan
 * location; a delivery exception carries the NDR reason of its exception code or description. The
 * shipment's status is {@code latestStatusDetail.code}'s (the latest scan's when FedEx gives none);
 * the EDD is FedEx's estimated delivery date or window.
 */
public final class FedExTrackingMapper {

    static final String NOT_FOUND = "TRACKING.TRACKINGNUMBER.NOTFOUND";

    private FedExTrackingMapper() {
    }

    public static ObjectNode request(String awb) {
        ObjectNode body = FedExJson.object();
        body.put("includeDetailedScans", true);
        body.putArray("trackingInfo").addObject().putObject("trackingNumberInfo").put("trackingNumber", awb);
        return body;
    }

    /** The tracking of {@code awb}; FedEx's error for it (unknown number...) is thrown. */
    public static TrackingResult parse(JsonNode answer, String awb, String operation) {
        List<JsonNode> complete = FedExJson.each(answer.path("output"), "completeTrackResults", r -> r);
        JsonNode entry = complete.stream().filter(r -> awb.equals(FedExJson.text(r, "trackingNumber"))).findFirst()
                .orElse(complete.isEmpty() ? null : complete.getFirst());
        JsonNode result = entry == null ? null : entry.path("trackResults").path(0);
        if (result == null || result.isMissingNode()) {
            throw FedExErrors.of(operation, NOT_FOUND, "FedEx returned no tracking for " + awb);
        }
        if (!hasTracking(result)) {
            JsonNode error = result.path("error");
            throw FedExErrors.of(operation, error.isMissingNode() ? NOT_FOUND : FedExJson.text(error, "code"),
                    FedExJson.text(error, "message"));
        }
        return result(result, awb, FedExJson.write(answer));
    }

    /** Every tracking result of an answer or push that has tracking; results that are only an error are left out. */
    public static List<TrackingResult> parseAll(JsonNode answer) {
        return FedExJson.each(answer.path("output"), "completeTrackResults", entry -> entry).stream()
                .flatMap(entry -> FedExJson.each(entry, "trackResults", result -> hasTracking(result)
                        ? result(result, awbOf(entry, result), FedExJson.write(result)) : null).stream())
                .toList();
    }

    /** FedEx sets {@code error} next to real tracking in some answers: tracking wins when there is any. */
    private static boolean hasTracking(JsonNode result) {
        return result.has("latestStatusDetail") || result.path("scanEvents").size() > 0;
    }

    private static String awbOf(JsonNode entry, JsonNode result) {
        String number = FedExJson.text(entry, "trackingNumber");
        return number != null ? number : FedExJson.text(result.path("trackingNumberInfo"), "trackingNumber");
    }

    private static TrackingResult result(JsonNode result, String awb, byte[] payload) {
        List<TrackingEvent> events = FedExJson.each(result, "scanEvents", FedExTrackingMapper::event);
        JsonNode latest = result.path("latestStatusDetail");
        TrackingStatus status = FedExStatusMap.status(FedExJson.text(latest, "code"), FedExJson.text(latest, "derivedCode"));
        if (status == TrackingStatus.UNKNOWN && !events.isEmpty() && FedExJson.text(latest, "code") == null) {
            status = events.stream().max(Comparator.comparing(TrackingEvent::occurredAt)).orElseThrow().status();
        }
        return new TrackingResult(awb, status, events, estimatedDelivery(result), new String(payload, StandardCharsets.UTF_8));
    }

    private static TrackingEvent event(JsonNode scan) {
        OffsetDateTime at = FedExTime.offsetDateTime(FedExJson.text(scan, "date"));
        if (at == null) {
            return null; // a scan without a time (or its place's offset) cannot be placed in the history
        }
        String eventType = FedExJson.text(scan, "eventType");
        String derived = FedExJson.text(scan, "derivedStatusCode");
        TrackingStatus status = FedExStatusMap.status(eventType, derived);
        NdrReason reason = null;
        if (status == TrackingStatus.FAILED_DELIVERY) {
            String exception = FedExJson.text(scan, "exceptionCode");
            reason = FedExStatusMap.ndrReason(FedExStatusMap.explainsFailure(exception) ? exception : null,
                    FedExJson.text(scan, "exceptionDescription"));
        }
        String text = FedExJson.text(scan, "eventDescription");
        String exceptionText = FedExJson.text(scan, "exceptionDescription");
        if (status == TrackingStatus.FAILED_DELIVERY && exceptionText != null) {
            text = text == null ? exceptionText : text + ": " + exceptionText;
        }
        JsonNode place = scan.path("scanLocation");
        EventLocation location = new EventLocation(FedExJson.text(place, "city"), FedExJson.text(place, "stateOrProvinceCode"),
                FedExJson.text(place, "postalCode"), FedExJson.text(place, "countryCode"));
        return new TrackingEvent(status, reason, eventType != null ? eventType : derived, text, location, at);
    }

    /** FedEx's estimated delivery: the ESTIMATED_DELIVERY date, else the end of the estimated (or standard transit) window. */
    private static LocalDate estimatedDelivery(JsonNode result) {
        for (JsonNode dated : result.path("dateAndTimes")) {
            if ("ESTIMATED_DELIVERY".equals(FedExJson.text(dated, "type"))) {
                return FedExTime.date(FedExJson.text(dated, "dateTime"));
            }
        }
        for (String window : List.of("estimatedDeliveryTimeWindow", "standardTransitTimeWindow")) {
            JsonNode w = result.path(window).path("window");
            LocalDate date = FedExTime.date(FedExJson.text(w, "ends"));
            if (date == null) {
                date = FedExTime.date(FedExJson.text(w, "begins"));
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}

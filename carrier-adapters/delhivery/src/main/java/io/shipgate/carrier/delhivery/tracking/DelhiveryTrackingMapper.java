package io.shipgate.carrier.delhivery.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryJson;
import io.shipgate.carrier.delhivery.DelhiveryStatusMap;
import io.shipgate.carrier.delhivery.DelhiveryTime;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracking by poll ({@code GET /api/v1/packages/json/?waybill=}): {@code ShipmentData[].Shipment}
 * with its {@code Status} block and {@code Scans[].ScanDetail} to universal events through
 * {@link DelhiveryStatusMap}, each with its IST time ({@link DelhiveryTime}) and place. The
 * consignee block (name, address, phones) is left out of the stored payload.
 */
public final class DelhiveryTrackingMapper {

    /** {@code Delhi_DLEIndustrialArea_D (Delhi)}: a facility (city first) and its state in parentheses. */
    private static final Pattern LOCATION = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");

    private DelhiveryTrackingMapper() {
    }

    public static TrackingResult parse(String waybill, JsonNode answer) {
        JsonNode shipment = null;
        for (JsonNode data : answer.path("ShipmentData")) {
            JsonNode candidate = data.path("Shipment");
            if (shipment == null || waybill.equals(DelhiveryJson.text(candidate, "AWB"))) {
                shipment = candidate;
            }
        }
        if (shipment == null || !shipment.isObject()) {
            throw DelhiveryErrors.invalid("UNKNOWN_WAYBILL", "Delhivery knows no shipment " + waybill
                    + DelhiveryErrors.text(answer).map(t -> " (" + t + ")").orElse(""), null);
        }
        List<TrackingEvent> events = new ArrayList<>();
        for (JsonNode scan : shipment.path("Scans")) {
            JsonNode detail = scan.path("ScanDetail");
            addTimed(events, event(DelhiveryJson.text(detail, "ScanType"), DelhiveryJson.text(detail, "Scan"),
                    DelhiveryJson.text(detail, "StatusCode"), DelhiveryJson.text(detail, "Instructions"),
                    DelhiveryJson.text(detail, "ScannedLocation"), DelhiveryJson.text(detail, "ScanDateTime")));
        }
        JsonNode status = shipment.path("Status");
        TrackingEvent current = statusEvent(status, DelhiveryJson.text(status, "StatusCode"));
        if (events.isEmpty()) {
            addTimed(events, current);
        }
        TrackingStatus now = status.isObject() || events.isEmpty() ? current.status() : events.getLast().status();
        return new TrackingResult(DelhiveryJson.text(shipment, "AWB") == null ? waybill : DelhiveryJson.text(shipment, "AWB"),
                now, events, estimatedDelivery(shipment), DelhiveryJson.write(withoutConsignee(answer)));
    }

    /** An event whose time Delhivery left out or garbled cannot be placed in the timeline: it is left out. */
    static void addTimed(List<TrackingEvent> events, TrackingEvent event) {
        if (event.occurredAt() != null) {
            events.add(event);
        }
    }

    /** The event a {@code Status} block describes; {@code code} is its {@code StatusCode}, or the push's {@code NSLCode}. */
    static TrackingEvent statusEvent(JsonNode status, String code) {
        return event(DelhiveryJson.text(status, "StatusType"), DelhiveryJson.text(status, "Status"), code,
                DelhiveryJson.text(status, "Instructions"), DelhiveryJson.text(status, "StatusLocation"),
                DelhiveryJson.text(status, "StatusDateTime"));
    }

    /** The estimated delivery date: {@code ExpectedDeliveryDate}, else {@code PromisedDeliveryDate}. */
    static LocalDate estimatedDelivery(JsonNode shipment) {
        LocalDate expected = DelhiveryTime.date(DelhiveryJson.text(shipment, "ExpectedDeliveryDate"));
        return expected != null ? expected : DelhiveryTime.date(DelhiveryJson.text(shipment, "PromisedDeliveryDate"));
    }

    private static TrackingEvent event(String type, String status, String code, String instructions, String location, String time) {
        TrackingStatus normalized = DelhiveryStatusMap.status(type, status, code);
        String carrierCode = code != null ? code : (type == null ? "" : type) + "/" + (status == null ? "" : status);
        return new TrackingEvent(normalized,
                normalized == TrackingStatus.FAILED_DELIVERY ? DelhiveryStatusMap.ndrReason(code) : null,
                carrierCode, instructions != null ? instructions : status, location(location), DelhiveryTime.at(time));
    }

    /** A Delhivery facility as a place: the city its name starts with, the state in parentheses, India. */
    static EventLocation location(String facility) {
        if (facility == null) {
            return null;
        }
        Matcher m = LOCATION.matcher(facility);
        String name = m.matches() ? m.group(1) : facility;
        String state = m.matches() && !m.group(2).isBlank() ? m.group(2).strip() : null;
        String city = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
        return new EventLocation(city.isBlank() ? null : city.strip(), state, null, "IN");
    }

    private static JsonNode withoutConsignee(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        copy.path("ShipmentData").forEach(data -> {
            if (data.path("Shipment") instanceof ObjectNode shipment) {
                shipment.remove("Consignee");
            }
        });
        return copy;
    }
}

package io.shipgate.carrier.ups.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.ups.UpsCarrier;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsStatusMap;
import io.shipgate.carrier.ups.UpsTime;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * UPS Tracking ({@code GET /api/track/v1/details/{inquiryNumber}}): the package's activities to
 * normalized events ({@link UpsStatusMap}), their local times with an offset ({@link UpsTime}),
 * the scheduled or rescheduled delivery date as the EDD; and, asked with {@code returnSignature}
 * and {@code returnPOD}, the delivery's signature image and proof-of-delivery document.
 */
public final class UpsTrackingMapper {

    private UpsTrackingMapper() {
    }

    public static TrackingResult parse(String awb, JsonNode answer) {
        JsonNode pkg = packageOf(awb, answer);
        List<TrackingEvent> events = new ArrayList<>();
        for (JsonNode activity : UpsJson.list(pkg.path("activity"))) {
            TrackingEvent event = event(activity);
            if (event != null) {
                events.add(event);
            }
        }
        TrackingStatus status = events.stream().max(Comparator.comparing(TrackingEvent::occurredAt))
                .map(TrackingEvent::status)
                .orElseGet(() -> normalize(pkg.path("currentStatus")).status());
        return new TrackingResult(UpsJson.text(pkg, "trackingNumber") != null ? UpsJson.text(pkg, "trackingNumber") : awb,
                status, events, estimatedDelivery(pkg), withoutImages(answer));
    }

    /** The proof of delivery of a delivered package: who signed, when, where, the signature image and UPS's POD letter. */
    public static ProofOfDelivery proofOfDelivery(String awb, JsonNode answer) {
        JsonNode pkg = packageOf(awb, answer);
        JsonNode delivery = pkg.path("deliveryInformation");
        OffsetDateTime deliveredAt = parse(awb, answer).events().stream()
                .filter(e -> e.status() == TrackingStatus.DELIVERED).map(TrackingEvent::occurredAt)
                .max(Comparator.naturalOrder()).orElse(null);
        if (deliveredAt == null && delivery.isMissingNode()) {
            throw new CarrierException(CarrierErrorCategory.INVALID_STATE, UpsCarrier.CODE, "NOT_DELIVERED",
                    "UPS has no proof of delivery for " + awb + ": it is not delivered", false);
        }
        List<ProofOfDelivery.Document> documents = new ArrayList<>();
        for (String image : new String[]{UpsJson.text(delivery, "signature", "image"), UpsJson.text(delivery, "pod", "content")}) {
            if (image != null) {
                byte[] bytes = Base64.getMimeDecoder().decode(image);
                documents.add(new ProofOfDelivery.Document(mediaType(bytes), bytes));
            }
        }
        return new ProofOfDelivery(awb, deliveredAt, UpsJson.text(delivery, "receivedBy"), UpsJson.text(delivery, "location"), documents);
    }

    private static TrackingEvent event(JsonNode activity) {
        JsonNode address = activity.path("location").path("address");
        EventLocation location = new EventLocation(UpsJson.text(address, "city"), UpsJson.text(address, "stateProvince"),
                UpsJson.text(address, "postalCode"),
                UpsJson.text(address, "countryCode") != null ? UpsJson.text(address, "countryCode") : UpsJson.text(address, "country"));
        OffsetDateTime at = UpsTime.at(UpsJson.text(activity, "date"), UpsJson.text(activity, "time"),
                UpsJson.text(activity, "gmtOffset"), UpsJson.text(activity, "gmtDate"), UpsJson.text(activity, "gmtTime"), location);
        if (at == null) {
            return null;
        }
        JsonNode status = activity.path("status");
        UpsStatusMap.Normalized normalized = normalize(status);
        return new TrackingEvent(normalized.status(), normalized.ndrReason(), carrierCode(status),
                UpsJson.text(status, "description"), location, at);
    }

    private static UpsStatusMap.Normalized normalize(JsonNode status) {
        return UpsStatusMap.normalize(UpsJson.text(status, "statusCode"), UpsJson.text(status, "code"),
                UpsJson.text(status, "type"), UpsJson.text(status, "description"));
    }

    /** The activity code ({@code OT}), or the type when UPS sent no code. */
    static String carrierCode(JsonNode status) {
        return UpsJson.text(status, "code") != null ? UpsJson.text(status, "code") : UpsJson.text(status, "type");
    }

    /** The rescheduled delivery date, else the scheduled one. */
    private static LocalDate estimatedDelivery(JsonNode pkg) {
        LocalDate scheduled = null;
        for (JsonNode date : UpsJson.list(pkg.path("deliveryDate"))) {
            String type = UpsJson.text(date, "type");
            if ("RDD".equals(type)) {
                return UpsTime.date(UpsJson.text(date, "date"));
            }
            if ("SDD".equals(type)) {
                scheduled = UpsTime.date(UpsJson.text(date, "date"));
            }
        }
        return scheduled;
    }

    /** The package tracked: the one whose number was asked, else the shipment's first. */
    private static JsonNode packageOf(String awb, JsonNode answer) {
        List<JsonNode> shipments = UpsJson.list(answer.path("trackResponse").path("shipment"));
        List<JsonNode> packages = shipments.stream().flatMap(s -> UpsJson.list(s.path("package")).stream()).toList();
        if (packages.isEmpty()) {
            JsonNode warning = shipments.stream().flatMap(s -> UpsJson.list(s.path("warnings")).stream()).findFirst().orElse(null);
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE,
                    warning == null ? "NO_TRACKING" : UpsJson.text(warning, "code"),
                    warning == null ? "UPS has no tracking for " + awb : UpsJson.text(warning, "message"), false);
        }
        return packages.stream().filter(p -> awb.equalsIgnoreCase(UpsJson.text(p, "trackingNumber"))).findFirst()
                .orElse(packages.getFirst());
    }

    private static String mediaType(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF8")) {
            return "image/gif";
        }
        if (head.startsWith("\u0089PNG")) {
            return "image/png";
        }
        if (head.startsWith("%PDF")) {
            return "application/pdf";
        }
        if (head.stripLeading().startsWith("<")) {
            return "text/html";
        }
        return "application/octet-stream";
    }

    /** UPS's answer for audit, signature and proof images left out (they are personal data and large). */
    static String withoutImages(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        for (JsonNode shipment : UpsJson.list(copy.path("trackResponse").path("shipment"))) {
            for (JsonNode pkg : UpsJson.list(shipment.path("package"))) {
                if (pkg.path("deliveryInformation") instanceof ObjectNode delivery) {
                    delivery.remove(List.of("signature", "pod", "deliveryPhoto"));
                }
            }
        }
        return copy.toString();
    }
}

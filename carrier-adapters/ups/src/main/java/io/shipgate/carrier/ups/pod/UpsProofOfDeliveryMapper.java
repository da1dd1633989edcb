package io.shipgate.carrier.ups.pod;

import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.ups.UpsActivities;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsWire;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The proof of delivery of a delivered package, from UPS Tracking asked with
 * {@code returnSignature} and {@code returnPOD}: who signed, when, where, the signature image and
 * UPS's POD letter.
 */
public final class UpsProofOfDeliveryMapper {

    private UpsProofOfDeliveryMapper() {
    }

    public static ProofOfDelivery parse(String awb, byte[] body) {
        UpsProofOfDeliveryWire.Response answer = UpsWire.read(body, UpsProofOfDeliveryWire.Response.class);
        List<UpsProofOfDeliveryWire.Package> packages = UpsWire.list(answer.trackResponse() == null ? null : answer.trackResponse().shipment())
                .stream().flatMap(s -> UpsWire.list(s.packages()).stream()).toList();
        UpsProofOfDeliveryWire.Package pkg = packages.stream().filter(p -> awb.equalsIgnoreCase(UpsWire.text(p.trackingNumber())))
                .findFirst().orElse(packages.isEmpty() ? null : packages.getFirst());
        UpsProofOfDeliveryWire.DeliveryInformation delivery = pkg == null ? null : pkg.deliveryInformation();
        OffsetDateTime deliveredAt = pkg == null ? null : UpsActivities.events(pkg.activity()).stream()
                .filter(e -> e.status() == TrackingStatus.DELIVERED).map(TrackingEvent::occurredAt)
                .max(Comparator.naturalOrder()).orElse(null);
        if (deliveredAt == null && delivery == null) {
            throw UpsErrors.invalidState("NOT_DELIVERED", "UPS has no proof of delivery for " + awb + ": it is not delivered");
        }
        List<ProofOfDelivery.Document> documents = new ArrayList<>();
        if (delivery != null) {
            addDocument(documents, delivery.signature() == null ? null : delivery.signature().image());
            addDocument(documents, delivery.pod() == null ? null : delivery.pod().content());
        }
        return new ProofOfDelivery(awb, deliveredAt, delivery == null ? null : UpsWire.text(delivery.receivedBy()),
                delivery == null ? null : UpsWire.text(delivery.location()), documents);
    }

    private static void addDocument(List<ProofOfDelivery.Document> documents, String base64) {
        if (UpsWire.text(base64) == null) {
            return;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64.strip());
            documents.add(new ProofOfDelivery.Document(mediaType(bytes), bytes));
        } catch (IllegalArgumentException e) {
            // a document UPS sent damaged is left out; the delivery's facts stand
        }
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
}

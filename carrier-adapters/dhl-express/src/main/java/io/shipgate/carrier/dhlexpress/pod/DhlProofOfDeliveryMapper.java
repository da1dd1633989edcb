package io.shipgate.carrier.dhlexpress.pod;

import io.shipgate.carrier.dhlexpress.DhlCheckpoints;
import io.shipgate.carrier.dhlexpress.DhlDocuments;
import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlStatusMap;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierJson;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * DHL Express's proof of delivery: when and where the shipment was delivered and who signed, from
 * its delivery checkpoint in the tracking answer (with the place's offset), and MyDHL's electronic
 * proof of delivery ({@code GET /shipments/{awb}/proof-of-delivery}, the ePOD summary PDF with the
 * signature) as its document. DHL keeps an ePOD for most, not all, delivered shipments: without
 * one the proof has the delivery facts and no document.
 */
public final class DhlProofOfDeliveryMapper {

    /** The delivery as a proof of delivery states it. */
    public record Delivery(OffsetDateTime deliveredAt, String signedBy, EventLocation location) {
    }

    private DhlProofOfDeliveryMapper() {
    }

    /** The delivery (the latest OK checkpoint) in the tracking answer; INVALID_STATE before the shipment is delivered. */
    public static Delivery delivery(String awb, byte[] tracking) {
        return latestDelivery(awb, tracking).orElseThrow(() -> DhlErrors.invalidState("NOT_DELIVERED",
                "DHL Express has not delivered shipment " + awb + " yet: there is no proof of delivery"));
    }

    private static Optional<Delivery> latestDelivery(String awb, byte[] body) {
        DhlCheckpoints.Chosen chosen = DhlCheckpoints.shipment(awb, body);
        if (chosen == null) {
            return Optional.empty();
        }
        return DhlCheckpoints.read(chosen.shipment()).stream()
                .filter(c -> DhlStatusMap.status(c.event().typeCode()) == TrackingStatus.DELIVERED)
                .map(c -> new Delivery(c.at().at(), DhlCheckpoints.blankToNull(c.event().signedBy()), c.location()))
                .reduce((earlier, later) -> later);
    }

    public static ProofOfDelivery parse(String awb, Delivery delivery, Optional<byte[]> epod) {
        List<ProofOfDelivery.Document> documents = epod
                .map(body -> CarrierJson.read(DhlErrors.CODE, body, DhlProofOfDeliveryWire.Response.class))
                .map(r -> r.documents() == null ? List.<ProofOfDelivery.Document>of() : r.documents().stream()
                        .filter(Objects::nonNull)
                        .map(d -> new ProofOfDelivery.Document(mediaType(d.encodingFormat()),
                                DhlDocuments.decode(d.content(), "a proof of delivery"))).toList())
                .orElse(List.of());
        return new ProofOfDelivery(awb, delivery.deliveredAt(), delivery.signedBy(),
                delivery.location() == null ? null : delivery.location().describe(), documents);
    }

    private static String mediaType(String encodingFormat) {
        return switch (encodingFormat == null ? "PDF" : encodingFormat.toUpperCase(Locale.ROOT)) {
            case "PNG" -> "image/png";
            case "TIFF" -> "image/tiff";
            default -> "application/pdf";
        };
    }
}

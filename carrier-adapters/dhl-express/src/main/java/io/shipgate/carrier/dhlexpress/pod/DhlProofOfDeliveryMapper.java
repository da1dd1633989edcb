package io.shipgate.carrier.dhlexpress.pod;

import io.shipgate.carrier.dhlexpress.DhlExpressCarrier;
import io.shipgate.carrier.dhlexpress.DhlJson;
import io.shipgate.carrier.dhlexpress.tracking.DhlTrackingMapper;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DHL Express's proof of delivery: when and where the shipment was delivered and who signed, from
 * its delivery checkpoint (with the place's offset), and MyDHL's electronic proof of delivery
 * ({@code GET /shipments/{awb}/proof-of-delivery}, the ePOD summary PDF with the signature) as its
 * document. DHL keeps an ePOD for most, not all, delivered shipments: without one the proof has
 * the delivery facts and no document.
 */
public final class DhlProofOfDeliveryMapper {

    /** MyDHL's ePOD answer: {@code {"documents":[{"encodingFormat":"PDF","content":"...","typeCode":"POD"}]}}. */
    record Response(List<Document> documents) {
    }

    record Document(String encodingFormat, String content, String typeCode) {
    }

    private DhlProofOfDeliveryMapper() {
    }

    /** The delivery in the tracking answer; INVALID_STATE before the shipment is delivered. */
    public static DhlTrackingMapper.Delivery delivery(String awb, Optional<byte[]> tracking) {
        return tracking.flatMap(body -> DhlTrackingMapper.delivery(awb, body)).orElseThrow(() -> new CarrierException(
                CarrierErrorCategory.INVALID_STATE, DhlExpressCarrier.CODE, "NOT_DELIVERED",
                "DHL Express has not delivered shipment " + awb + " yet: there is no proof of delivery", false));
    }

    public static ProofOfDelivery parse(String awb, DhlTrackingMapper.Delivery delivery, Optional<byte[]> epod) {
        List<ProofOfDelivery.Document> documents = epod.map(body -> DhlJson.read(body, Response.class))
                .map(r -> r.documents() == null ? List.<ProofOfDelivery.Document>of() : r.documents().stream()
                        .map(d -> new ProofOfDelivery.Document(mediaType(d.encodingFormat()),
                                DhlJson.base64(d.content(), "a proof of delivery"))).toList())
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

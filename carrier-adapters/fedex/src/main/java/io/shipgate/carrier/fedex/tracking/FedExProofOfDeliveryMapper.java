package io.shipgate.carrier.fedex.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.fedex.FedExCarrier;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExStatusMap;
import io.shipgate.carrier.fedex.FedExTime;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * FedEx signature proof of delivery: {@code POST /track/v1/trackingdocuments} for the
 * {@code SIGNATURE_PROOF_OF_DELIVERY} letter as a PDF, completed with the tracking's delivery
 * details (who signed or received it, where, and the delivery scan's time with its offset).
 */
public final class FedExProofOfDeliveryMapper {

    private FedExProofOfDeliveryMapper() {
    }

    public static ObjectNode request(String awb, FedExSettings settings) {
        ObjectNode body = FedExJson.object();
        body.putObject("trackDocumentDetail").put("documentType", "SIGNATURE_PROOF_OF_DELIVERY").put("documentFormat", "PDF");
        ObjectNode specification = body.putArray("trackDocumentSpecification").addObject();
        specification.putObject("trackingNumberInfo").put("trackingNumber", awb);
        specification.put("accountNumber", settings.accountNumber());
        return body;
    }

    /**
     * @param documents FedEx's tracking documents answer
     * @param tracking  FedEx's track answer for the same number
     */
    public static ProofOfDelivery parse(String awb, JsonNode documents, JsonNode tracking) {
        JsonNode output = documents.path("output");
        String format = FedExJson.text(output, "documentFormat");
        String mediaType = "PNG".equals(format) ? "image/png" : "application/pdf";
        List<ProofOfDelivery.Document> letters = FedExJson.each(output, "documents",
                d -> d.isTextual() && !d.asText().isBlank() ? new ProofOfDelivery.Document(mediaType, Base64.getMimeDecoder().decode(d.asText())) : null);
        if (letters.isEmpty()) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, FedExCarrier.CODE, "NO_PROOF_OF_DELIVERY",
                    "FedEx returned no signature proof of delivery for " + awb, false);
        }
        JsonNode result = tracking.path("output").path("completeTrackResults").path(0).path("trackResults").path(0);
        JsonNode delivery = result.path("deliveryDetails");
        String signedBy = FedExJson.text(delivery, "signedByName");
        return new ProofOfDelivery(awb, deliveredAt(result), signedBy != null ? signedBy : FedExJson.text(delivery, "receivedByName"),
                FedExJson.text(delivery, "locationDescription"), letters);
    }

    /** The delivery scan's time, else FedEx's actual delivery time when it carries an offset. */
    private static OffsetDateTime deliveredAt(JsonNode result) {
        for (JsonNode scan : result.path("scanEvents")) {
            String code = FedExJson.text(scan, "eventType");
            if (code != null && FedExStatusMap.status(code) == TrackingStatus.DELIVERED) {
                return FedExTime.offsetDateTime(FedExJson.text(scan, "date"));
            }
        }
        for (JsonNode dated : result.path("dateAndTimes")) {
            if ("ACTUAL_DELIVERY".equals(FedExJson.text(dated, "type"))) {
                return FedExTime.offsetDateTime(FedExJson.text(dated, "dateTime"));
            }
        }
        return null;
    }
}

package io.shipgate.carrier.fedex.pod;

import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExTrackResults;
import io.shipgate.carrier.fedex.FedExTrackWire;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.ProofOfDelivery;

import java.util.ArrayList;
import java.time.LocalDate;
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

    public static FedExProofOfDeliveryWire.Request request(String awb, FedExSettings settings) {
        return new FedExProofOfDeliveryWire.Request(
                new FedExProofOfDeliveryWire.DocumentDetail("SIGNATURE_PROOF_OF_DELIVERY", "PDF"),
                List.of(new FedExProofOfDeliveryWire.Specification(new FedExProofOfDeliveryWire.NumberInfo(awb), settings.accountNumber())));
    }

    /**
     * @param documents FedEx's tracking documents answer
     * @param shipDate  the shipment's ship date, null when unknown: which of a reused number's shipments was delivered
     * @param tracking  FedEx's track answer for the same number
     */
    public static ProofOfDelivery parse(String awb, LocalDate shipDate, byte[] documents, byte[] tracking) {
        FedExProofOfDeliveryWire.Output output = FedExErrors.read(documents, FedExProofOfDeliveryWire.Response.class).output();
        List<ProofOfDelivery.Document> letters = new ArrayList<>();
        if (output != null) {
            String mediaType = "PNG".equals(output.documentFormat()) ? "image/png" : "application/pdf";
            for (String letter : FedExValues.list(output.documents())) {
                if (FedExValues.text(letter) != null) {
                    letters.add(new ProofOfDelivery.Document(mediaType, decode(letter, awb)));
                }
            }
        }
        if (letters.isEmpty()) {
            throw FedExErrors.unexpected("NO_PROOF_OF_DELIVERY", "FedEx returned no signature proof of delivery for " + awb);
        }
        FedExTrackWire.Response answer = FedExErrors.read(tracking, FedExTrackWire.Response.class);
        FedExTrackWire.CompleteResult entry = answer.output() == null ? null : FedExValues.first(answer.output().completeTrackResults());
        FedExTrackResults.Chosen chosen = entry == null ? null : FedExTrackResults.choose(entry.trackResults(), shipDate);
        FedExTrackWire.TrackResult result = chosen == null ? null : chosen.result();
        FedExTrackWire.DeliveryDetails delivery = result == null ? null : result.deliveryDetails();
        return new ProofOfDelivery(awb, result == null ? null : FedExTrackResults.deliveredAt(result),
                delivery == null ? null : FedExValues.firstText(delivery.signedByName(), delivery.receivedByName()),
                delivery == null ? null : FedExValues.text(delivery.locationDescription()), letters);
    }

    private static byte[] decode(String base64, String awb) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw FedExErrors.unexpected("UNREADABLE_DOCUMENT", "FedEx returned a proof of delivery for " + awb + " that is not base64", e);
        }
    }
}

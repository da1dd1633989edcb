package io.shipgate.carrier.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The carrier's proof that a shipment was delivered: who signed, when, and the carrier's
 * document (a signature image or a signed PDF letter).
 *
 * @param documents the carrier's proof documents (e.g. FedEx SPOD PDF, UPS signature image)
 */
public record ProofOfDelivery(String awb, OffsetDateTime deliveredAt, String signedBy, String deliveryLocation,
                              List<Document> documents) {

    public ProofOfDelivery {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A document as bytes with its media type. */
    public record Document(String contentType, byte[] content) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Document d && java.util.Objects.equals(contentType, d.contentType)
                    && java.util.Arrays.equals(content, d.content);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(contentType, java.util.Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Document[" + contentType + ", " + content.length + " bytes]";
        }
    }
}

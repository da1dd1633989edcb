package io.shipgate.carrier.model;

import java.util.Objects;

/**
 * A customs or trade document: one the merchant supplies for electronic submission (FedEx
 * Electronic Trade Documents, UPS paperless invoice), or one the carrier generated (a commercial
 * invoice printed with the label).
 *
 * @param content the document's bytes (base64 in JSON)
 */
public record TradeDocument(Type type, String fileName, String contentType, byte[] content) {

    public enum Type {
        COMMERCIAL_INVOICE, PRO_FORMA_INVOICE, CERTIFICATE_OF_ORIGIN, USMCA_CERTIFICATION, PACKING_LIST, OTHER
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TradeDocument d && type == d.type && Objects.equals(fileName, d.fileName)
                && Objects.equals(contentType, d.contentType) && java.util.Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, fileName, contentType, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "TradeDocument[" + type + ", " + fileName + ", " + contentType + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}

package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;
import java.util.Objects;

/** A proof-of-delivery document: its bytes and media type. */
@Schema(description = "A proof-of-delivery document.")
public record ProofDocumentView(
        @Schema(description = "The document's media type", requiredMode = Schema.RequiredMode.REQUIRED, example = "image/png")
        String contentType,
        @Schema(description = "The document's bytes in base64", requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "byte")
        byte[] content) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ProofDocumentView d && Objects.equals(contentType, d.contentType) && Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "ProofDocumentView[" + contentType + ", " + content.length + " bytes]";
    }
}

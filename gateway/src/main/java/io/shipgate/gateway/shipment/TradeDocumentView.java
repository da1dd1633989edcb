package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TradeDocument;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.Objects;

/**
 * A customs document the merchant submits for electronic submission (FedEx Electronic Trade
 * Documents, UPS paperless invoice). Shipments list it without its content.
 */
@Schema(description = "A customs document the merchant submits electronically with the shipment. Shipments list it without its content.")
public record TradeDocumentView(
        @Schema(description = "What the document is", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull TradeDocument.Type type,
        @Schema(description = "The file's name", maxLength = 120, requiredMode = Schema.RequiredMode.REQUIRED, example = "invoice-1001.pdf")
        @NotBlank @Size(max = 120) String fileName,
        @Schema(description = "The file's media type", maxLength = 100, requiredMode = Schema.RequiredMode.REQUIRED, example = "application/pdf")
        @NotBlank @Size(max = 100) String contentType,
        @Schema(description = "The file's bytes in base64, 1 to 2,000,000 bytes; required in requests, absent in answers",
                type = "string", format = "byte")
        @NotNull @Size(min = 1, max = 2_000_000) byte[] content) {

    @Override
    public boolean equals(Object o) {
        return o instanceof TradeDocumentView d && type == d.type && Objects.equals(fileName, d.fileName)
                && Objects.equals(contentType, d.contentType) && Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "TradeDocumentView[" + type + ", " + fileName + ", " + contentType + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}

package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TradeDocument;
import io.swagger.v3.oas.annotations.media.Schema;

/** A document the carrier issued with the label, e.g. its commercial invoice for customs. */
@Schema(description = "A document the carrier issued with the label, e.g. its commercial invoice for customs.")
public record DocumentLinkView(
        @Schema(description = "The document's number, from 1", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int documentNumber,
        @Schema(description = "What the document is", requiredMode = Schema.RequiredMode.REQUIRED)
        TradeDocument.Type type,
        @Schema(description = "The file's name", requiredMode = Schema.RequiredMode.REQUIRED)
        String fileName,
        @Schema(description = "The file's media type", requiredMode = Schema.RequiredMode.REQUIRED, example = "application/pdf")
        String contentType,
        @Schema(description = "The path to download it", requiredMode = Schema.RequiredMode.REQUIRED)
        String url) {
}

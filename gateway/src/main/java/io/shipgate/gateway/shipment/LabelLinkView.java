package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.LabelFormat;
import io.swagger.v3.oas.annotations.media.Schema;

/** A label document of a shipment, to download. */
@Schema(description = "A label document of a shipment, to download.")
public record LabelLinkView(
        @Schema(description = "The document's format", requiredMode = Schema.RequiredMode.REQUIRED)
        LabelFormat format,
        @Schema(description = "Set when the document holds one parcel's label only", example = "1")
        Integer parcelNumber,
        @Schema(description = "The path to download it", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "/v1/shipments/01a24e94-a333-76fe-a470-273d9238ad15/label?format=pdf")
        String url) {
}

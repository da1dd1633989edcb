package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A label profile as the API answers it. */
@Schema(description = "A label profile: the stock a tenant, or one of its warehouses, prints labels on.")
public record LabelProfileView(
        @Schema(description = "The profile's id; pass it as label_profile", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "A name for people", requiredMode = Schema.RequiredMode.REQUIRED, example = "Warehouse A thermal")
        String name,
        @Schema(description = "The document format", requiredMode = Schema.RequiredMode.REQUIRED)
        LabelFormat format,
        @Schema(description = "PDF: the page")
        PageSize pageSize,
        @Schema(description = "PDF: labels per page (1, or 4 on A4)", example = "1")
        Integer labelsPerPage,
        @Schema(description = "ZPL and PNG: dots per inch (203 or 300)", example = "203")
        Integer dpi,
        @Schema(description = "The warehouse it is for; absent: the whole tenant")
        UUID warehouseId,
        @Schema(description = "Whether it is the default of its scope", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean isDefault,
        @Schema(description = "When it was created", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When it last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt) {

    LabelProfile profile() {
        return new LabelProfile(id, format, pageSize, labelsPerPage == null ? 1 : labelsPerPage,
                dpi == null ? LabelProfile.THERMAL_DPI : dpi);
    }
}

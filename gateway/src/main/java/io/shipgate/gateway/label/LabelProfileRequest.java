package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The body of {@code POST /v1/label-profiles} and {@code PUT /v1/label-profiles/{id}}. */
@Schema(description = "A label profile: the stock labels are printed on. PDF takes page_size and labels_per_page; ZPL and PNG take dpi.")
public record LabelProfileRequest(
        @Schema(description = "A name for people", maxLength = 100, example = "Warehouse A thermal", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "The document format", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LabelFormat format,
        @Schema(description = "PDF only: the page (default 4x6)")
        PageSize pageSize,
        @Schema(description = "PDF only: labels per page, 1 (default) or 4 (A4 only, 2 x 2)", example = "1", minimum = "1", maximum = "4")
        Integer labelsPerPage,
        @Schema(description = "ZPL and PNG only: the printer's resolution in dots per inch, 203 (default) or 300", example = "203",
                minimum = "203", maximum = "300")
        Integer dpi,
        @Schema(description = "The warehouse this profile is for; absent: the whole tenant")
        UUID warehouseId,
        @Schema(description = "The default of its scope (the warehouse, or the tenant): used when a request names no profile; "
                + "it replaces the scope's previous default", example = "true")
        Boolean isDefault) {
}

package io.shipgate.gateway.returns;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of a return: what comes back, and how many. */
@Schema(description = "An item the customer returns: its SKU and/or description, and how many (a SKU or a description is required).")
public record ReturnItemView(
        @Schema(description = "The merchant's SKU; checked against the non-returnable SKUs, and against what was shipped where the "
                + "shipment's customs items name SKUs", maxLength = 64, example = "KURTA-M-BLUE")
        @Size(max = 64) String sku,
        @Schema(description = "What it is, in a few words", maxLength = 200, example = "Cotton kurta, size M")
        @Size(max = 200) String description,
        @Schema(description = "How many units come back, 1 to 10000", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1",
                maximum = "10000", example = "1")
        @NotNull @Min(1) @Max(10_000) Integer quantity) {
}

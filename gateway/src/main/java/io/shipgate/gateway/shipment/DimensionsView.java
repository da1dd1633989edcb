package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.DimensionUnit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;

/** A parcel's outer dimensions with their unit, each side at most {@link Limits#MAX_SIDE_MILLIMETRES} millimetres. */
@WithinLimits
@Schema(description = "A parcel's outer dimensions: each side more than 0, at most 400 cm in its unit, at most 2 decimals.")
public record DimensionsView(
        @Schema(description = "The longest side, in unit", requiredMode = Schema.RequiredMode.REQUIRED, example = "12")
        @NotNull @Positive BigDecimal length,
        @Schema(description = "The second side, in unit", requiredMode = Schema.RequiredMode.REQUIRED, example = "9")
        @NotNull @Positive BigDecimal width,
        @Schema(description = "The third side, in unit", requiredMode = Schema.RequiredMode.REQUIRED, example = "6")
        @NotNull @Positive BigDecimal height,
        @Schema(description = "MM, CM or IN", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull DimensionUnit unit) {
}

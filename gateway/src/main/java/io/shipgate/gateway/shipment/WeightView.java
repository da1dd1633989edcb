package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.WeightUnit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;

/** A weight with its unit, at most {@link Limits#MAX_WEIGHT_GRAMS} grams in any unit. */
@WithinLimits
@Schema(description = "A weight with its unit: more than 0, at most 1,000 kg in its unit, at most 3 decimals.")
public record WeightView(
        @Schema(description = "The weight in unit", requiredMode = Schema.RequiredMode.REQUIRED, example = "2.5")
        @NotNull @Positive BigDecimal value,
        @Schema(description = "G, KG, OZ or LB", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull WeightUnit unit) {
}

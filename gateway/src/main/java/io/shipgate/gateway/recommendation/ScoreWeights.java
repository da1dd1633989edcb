package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** The weights of the score's four terms: relative to each other (the score divides by their sum). */
@Schema(description = "The weight of each score term, 0 to 100 each and not all 0; only their ratios matter (the score is divided by their sum).")
public record ScoreWeights(
        @Schema(description = "Cheaper quotes score higher", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.4")
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal cost,
        @Schema(description = "Earlier EDDs (p50, and the p90 tail) score higher", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.3")
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal speed,
        @Schema(description = "The lane's delivery success, RTO, NDR, first-attempt and on-time rates", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "0.2")
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal reliability,
        @Schema(description = "The bonus of pinned preferences", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.1")
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal preference) {

    static final ScoreWeights DEFAULT = new ScoreWeights(new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.2"),
            new BigDecimal("0.1"));
}

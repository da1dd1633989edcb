package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

/** One term of a score. */
@Schema(description = "A term of the score: contribution = weight x normalized, and the score is the sum of the contributions.")
public record ScoreTermView(
        @Schema(description = "The term", requiredMode = Schema.RequiredMode.REQUIRED)
        ScoreTerm term,
        @Schema(description = "Its raw value: COST the quote's amount, SPEED the p50 business days, RELIABILITY and PREFERENCE their value",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "72.5")
        double raw,
        @Schema(description = "The value normalized to 0..1 (1 best)", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        double normalized,
        @Schema(description = "The term's share of the weights (the weights divided by their sum)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "0.4")
        double weight,
        @Schema(description = "weight x normalized", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.4")
        double contribution,
        @Schema(description = "The raw value for a human", requiredMode = Schema.RequiredMode.REQUIRED, example = "INR 72.50")
        String detail) {
}

package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One order's ranked options and what was excluded. */
@Schema(description = "An order's eligible options, best first (the first is the recommendation), and every option left out with its reason.")
public record OrderRecommendationView(
        @Schema(description = "The order's reference, when it had one", example = "ORDER-1001")
        String reference,
        @Schema(description = "The eligible options, ranked; empty when none is eligible", requiredMode = Schema.RequiredMode.REQUIRED)
        List<RecommendedOptionView> options,
        @Schema(description = "The accounts, or services of them, left out, each with its reason", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ExcludedOptionView> excluded) {
}

package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code POST /v1/recommendations}. */
@Schema(description = "The recommendation of each order, in the order asked (one result for a single order), under one rule version.")
public record RecommendationsView(
        @Schema(description = "The version of the tenant's rules used (0: the defaults)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "3")
        int ruleVersion,
        @Schema(description = "One per order", requiredMode = Schema.RequiredMode.REQUIRED)
        List<OrderRecommendationView> results) {
}

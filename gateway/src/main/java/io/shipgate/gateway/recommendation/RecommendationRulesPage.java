package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The tenant's rule versions, newest first. */
@Schema(description = "The tenant's stored rule versions, newest first.")
public record RecommendationRulesPage(
        @Schema(description = "The versions", requiredMode = Schema.RequiredMode.REQUIRED)
        List<RecommendationRulesView> data) {
}

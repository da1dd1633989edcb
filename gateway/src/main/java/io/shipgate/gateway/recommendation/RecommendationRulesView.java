package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A version of the tenant's rules as the API answers it. */
@Schema(description = "A version of the tenant's recommendation rules, every part with its defaults applied.")
public record RecommendationRulesView(
        @Schema(description = "The version: 1 for the first PUT, one more for each; 0 for the defaults of a tenant that stored none",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "3")
        int version,
        @Schema(description = "When it was stored; absent for version 0")
        Instant createdAt,
        @Schema(description = "The rules", requiredMode = Schema.RequiredMode.REQUIRED)
        RecommendationRules rules) {

    static RecommendationRulesView of(RuleSet set) {
        return new RecommendationRulesView(set.version(), set.createdAt(), set.rules());
    }
}

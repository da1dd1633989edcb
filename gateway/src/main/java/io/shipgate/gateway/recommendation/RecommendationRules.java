package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A tenant's recommendation rules, whole: the body of {@code PUT /v1/recommendation-rules} and what each version stores.
 * Absent parts are their defaults (the default weights, no filters, no preferences, no distribution).
 */
@Schema(description = "The recommendation rules: score weights, hard filters, pinned preferences and load distribution. "
        + "Each PUT replaces the whole set as the tenant's next version; an absent part is its default.")
public record RecommendationRules(
        @Schema(description = "The weights of the score's terms; absent: cost 0.4, speed 0.3, reliability 0.2, preference 0.1")
        @Valid ScoreWeights weights,
        @Schema(description = "Hard filters: an option a rule matches is excluded (RULE_EXCLUDED, naming the rule); at most 50")
        @Size(max = 50) @Valid List<ExclusionRule> exclusions,
        @Schema(description = "Exclude options whose quote costs more than this (options quoted in another currency are not compared)")
        @Valid MoneyView maxCost,
        @Schema(description = "Pinned preferences: a bonus in the preference term, or first whenever eligible; at most 20")
        @Size(max = 20) @Valid List<PreferenceRule> preferences,
        @Schema(description = "Load distribution: a percentage split of top choices and daily caps per carrier")
        @Valid LoadDistribution distribution) {

    public RecommendationRules {
        weights = weights == null ? ScoreWeights.DEFAULT : weights;
        exclusions = exclusions == null ? List.of() : exclusions;
        preferences = preferences == null ? List.of() : preferences;
        distribution = distribution == null ? LoadDistribution.NONE : distribution;
    }

    /** Version 0: the rules of a tenant that never stored any. */
    static final RecommendationRules DEFAULTS = new RecommendationRules(null, null, null, null, null);
}

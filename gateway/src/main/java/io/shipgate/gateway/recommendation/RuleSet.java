package io.shipgate.gateway.recommendation;

import java.time.Instant;

/**
 * A version of a tenant's rules.
 *
 * @param version   0: the defaults (the tenant stored none)
 * @param createdAt null for version 0
 */
record RuleSet(int version, Instant createdAt, RecommendationRules rules) {

    static final RuleSet DEFAULTS = new RuleSet(0, null, RecommendationRules.DEFAULTS);
}

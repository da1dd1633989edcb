package io.shipgate.gateway.recommendation;

import java.util.UUID;

/**
 * An account, or one service of it, left out of the ranking.
 *
 * @param service null when the whole account is out
 * @param rule    RULE_EXCLUDED: the rule (exclusions[i] and its name, or max_cost)
 */
record Exclusion(UUID carrierAccountId, String carrier, String accountName, String service, CandidateExclusion reason, String rule,
                 String detail) {
}

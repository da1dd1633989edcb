package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why an account or one of its services is not among the ranked options. */
@Schema(description = """
        The serviceability check's reasons (NOT_SERVICEABLE, EMBARGO, COD_NOT_AVAILABLE, COD_OVER_LIMIT, WEIGHT_OVER_LIMIT, \
        SIZE_OVER_LIMIT, CIRCUIT_OPEN: see POST /v1/serviceability); RULE_EXCLUDED: a hard filter of the rules (rule names it: \
        exclusions[i] with its name, or max_cost); OVER_DAILY_CAP: the carrier's daily cap is reached; NO_RATE: no rate card \
        prices it (the account has none, or its card has no zone for the lane or no slab for the weight: detail says which); \
        SERVICE_LEVEL_MISMATCH: the service is of another level than the service_level asked for.""")
public enum CandidateExclusion {
    NOT_SERVICEABLE, EMBARGO, COD_NOT_AVAILABLE, COD_OVER_LIMIT, WEIGHT_OVER_LIMIT, SIZE_OVER_LIMIT, CIRCUIT_OPEN,
    RULE_EXCLUDED, OVER_DAILY_CAP, NO_RATE, SERVICE_LEVEL_MISMATCH
}

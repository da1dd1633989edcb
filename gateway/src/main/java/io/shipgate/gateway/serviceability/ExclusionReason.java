package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why an account cannot take a parcel. The recommendation passes these on under the same names in its own set of
 * reasons ({@code recommendation.CandidateExclusion}), which adds the steps after this check: a rule's exclusion,
 * a daily cap, no rate, another service level.
 */
@Schema(description = """
        NOT_SERVICEABLE: the carrier does not serve that end (end says which): not listed, no pickup at the origin, or a destination \
        it serves only with COD while the order is prepaid; EMBARGO: that end is closed for now; COD_NOT_AVAILABLE: no cash on \
        delivery at the destination (or not in the order's currency); COD_OVER_LIMIT: the COD amount is above the destination's \
        limit; WEIGHT_OVER_LIMIT, SIZE_OVER_LIMIT: a piece above the carrier's published limits (weight; longest side or length \
        plus girth), checked where the carrier publishes them and the request gives the parcel: skipped_checks says where not; CIRCUIT_OPEN: calls to the account are paused after repeated carrier failures.""")
public enum ExclusionReason {
    NOT_SERVICEABLE, EMBARGO, COD_NOT_AVAILABLE, COD_OVER_LIMIT, WEIGHT_OVER_LIMIT, SIZE_OVER_LIMIT, CIRCUIT_OPEN
}

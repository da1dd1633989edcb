package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why an account cannot take a parcel. The recommendation rules (issue 17) will add their own, a rule
 * that excludes the account, when they come: they filter the accounts this check leaves, so the
 * rule's exclusion is one more value here and one more step after {@code ServiceabilityService}'s checks.
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

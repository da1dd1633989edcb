package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

/** The terms of a score. */
@Schema(description = "COST: the quote's total (cheapest = 1); SPEED: the EDD's p50 and p90 business days (fastest = 1); "
        + "RELIABILITY: the lane's delivery success, RTO, NDR, first-attempt and on-time rates; PREFERENCE: a pinned preference's bonus.")
public enum ScoreTerm {
    COST, SPEED, RELIABILITY, PREFERENCE
}

package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where an account's answer came from. */
@Schema(description = "TABLE: the account's uploaded table (table_version); LIVE: the carrier's live check (cached); CARRIER_LIMITS: "
        + "the carrier's published parcel limits (weight, size); NONE: none of them, or the live check failed.")
public enum ServiceabilitySource {
    TABLE, LIVE, CARRIER_LIMITS, NONE
}

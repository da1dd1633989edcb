package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether an account can take the parcel, as far as the gateway knows. */
@Schema(description = "SERVICEABLE: its table or its carrier's live check says so; UNKNOWN: the account has neither, so nothing "
        + "excludes it.")
public enum ServiceabilityStatus {
    SERVICEABLE, UNKNOWN
}

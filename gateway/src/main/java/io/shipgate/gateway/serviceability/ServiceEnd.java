package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which end of the lane a reason is about. */
@Schema(description = "ORIGIN: the pickup at the origin; DESTINATION: the delivery.")
public enum ServiceEnd {
    ORIGIN, DESTINATION
}

package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "Where to deliver the event again: one endpoint, or (absent) every endpoint that takes its type.")
public record RedeliverRequest(
        @Schema(description = "The endpoint; absent: every enabled or paused endpoint that takes the event's type")
        UUID endpointId) {
}

package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One HTTP attempt to deliver an event to an endpoint. */
@Schema(description = "One attempt to deliver an event to the endpoint.")
public record DeliveryAttemptView(
        @Schema(description = "The attempt's id", requiredMode = Schema.RequiredMode.REQUIRED)
        long id,
        @Schema(description = "The event delivered (its webhook-id)", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID eventId,
        @Schema(description = "The event's type", requiredMode = Schema.RequiredMode.REQUIRED)
        String eventType,
        @Schema(description = "When the attempt started", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant attemptedAt,
        @Schema(description = "The endpoint's HTTP status; absent when it did not answer")
        Integer statusCode,
        @Schema(description = "How long the attempt took, in milliseconds", requiredMode = Schema.RequiredMode.REQUIRED)
        long latencyMs,
        @Schema(description = "What went wrong (absent on success)")
        String error,
        @Schema(description = "The delivery's state now: pending (retrying), delivered or dead (dead-lettered)",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"pending", "delivered", "dead"})
        String deliveryState) {
}

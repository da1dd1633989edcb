package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A label purchase not settled yet. */
@Schema(description = "A label purchase not settled yet.")
public record PurchaseIntentView(
        @Schema(description = "The purchase intent's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "Where it stands", requiredMode = Schema.RequiredMode.REQUIRED)
        PurchaseIntentState state,
        @Schema(description = "The client's Idempotency-Key, absent when it sent none")
        String idempotencyKey,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED)
        String carrier,
        @Schema(description = "The carrier account the label is bought on", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The key the purchase was made with at the carrier: quote it to the carrier",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String carrierIdempotencyKey,
        @Schema(description = "The merchant's reference")
        String reference,
        @Schema(description = "A label bought but not stored, to void")
        String awb,
        @Schema(description = "How often the reconciler tried to settle it", requiredMode = Schema.RequiredMode.REQUIRED)
        int attempts,
        @Schema(description = "Why the last attempt to settle it failed")
        String lastError,
        @Schema(description = "When the purchase started", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When the reconciler looks at it next (absent for NEEDS_ATTENTION)")
        Instant nextAttemptAt) {
}

package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's view of purchases not settled yet (GET /v1/purchase-intents). */
public final class PurchaseIntentApi {

    private PurchaseIntentApi() {
    }

    /**
     * PENDING: the purchase is running (or the gateway stopped during it: the reconciler takes it at
     * the end of its lease); RECONCILING: the reconciler is settling it; NEEDS_ATTENTION: it could not.
     */
    public enum State {
        PENDING, RECONCILING, NEEDS_ATTENTION
    }

    @Schema(name = "PurchaseIntent")
    public record View(UUID id, State state,
                       @Schema(description = "the client's Idempotency-Key, absent when it sent none") String idempotencyKey,
                       String carrier, UUID carrierAccountId,
                       @Schema(description = "the key the purchase was made with at the carrier: quote it to the carrier") String carrierIdempotencyKey,
                       String reference,
                       @Schema(description = "a label bought but not stored, to void") String awb,
                       int attempts,
                       @Schema(description = "why the last attempt to settle it failed") String lastError,
                       Instant createdAt,
                       @Schema(description = "when the reconciler looks at it next (absent for NEEDS_ATTENTION)") Instant nextAttemptAt) {
    }

    @Schema(name = "PurchaseIntentList")
    public record Page(List<View> data) {
    }
}

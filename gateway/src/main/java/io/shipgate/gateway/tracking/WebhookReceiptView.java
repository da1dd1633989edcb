package io.shipgate.gateway.tracking;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A carrier's tracking push, authenticated, read and stored: processed after this answer. */
@Schema(description = "A carrier's tracking push, authenticated, read and stored: processed after this answer "
        + "(AWBs no shipment has yet are kept and matched when one appears).")
public record WebhookReceiptView(
        @Schema(description = "The stored push", requiredMode = Schema.RequiredMode.REQUIRED, example = "0b9a3c8e-2f4d-4f7b-9a51-6c2e8d1f4a70")
        UUID id,
        @Schema(description = "Always `received`: stored, to be processed", requiredMode = Schema.RequiredMode.REQUIRED, example = "received")
        String status,
        @Schema(description = "How many AWBs the push carries tracking for", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int shipments,
        @Schema(description = "How many carrier events it carries", requiredMode = Schema.RequiredMode.REQUIRED, example = "2")
        int events) {
}

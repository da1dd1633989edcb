package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** The carrier's proof that a shipment was delivered. */
@Schema(description = "The carrier's proof that a shipment was delivered: who signed, when, where, and its documents.")
public record ProofOfDeliveryView(
        @Schema(description = "The shipment's AWB", requiredMode = Schema.RequiredMode.REQUIRED)
        String awb,
        @Schema(description = "When it was delivered, with the offset of the place")
        OffsetDateTime deliveredAt,
        @Schema(description = "Who signed for it, as the carrier recorded it")
        String signedBy,
        @Schema(description = "Where it was left (front door, reception...)")
        String deliveryLocation,
        @Schema(description = "The carrier's proof documents: a signature image or a signed letter", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ProofDocumentView> documents) {
}

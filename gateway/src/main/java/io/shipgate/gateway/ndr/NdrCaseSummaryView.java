package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "An NDR case in a list: a shipment whose delivery failed, and where it stands.")
public record NdrCaseSummaryView(
        @Schema(description = "The case's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The shipment", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID shipmentId,
        @Schema(description = "The shipment's AWB", requiredMode = Schema.RequiredMode.REQUIRED)
        String awb,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "open (waiting for an action), actioned (an action was accepted or is pending) or closed",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"open", "actioned", "closed"})
        String status,
        @Schema(description = "Why a closed case closed: delivered, returned_to_origin, cancelled or expired (its deadline passed)",
                allowableValues = {"delivered", "returned_to_origin", "cancelled", "expired"})
        String outcome,
        @Schema(description = "The reason of the last failed attempt", requiredMode = Schema.RequiredMode.REQUIRED)
        NdrReason reason,
        @Schema(description = "Failed attempts so far", requiredMode = Schema.RequiredMode.REQUIRED)
        int attempts,
        @Schema(description = "Times the parcel went out for delivery while the case ran (at least the failed attempts)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        int outForDeliveryCount,
        @Schema(description = "The carrier's remarks on the last attempt")
        String carrierRemarks,
        @Schema(description = "The first failed attempt", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant firstAttemptAt,
        @Schema(description = "The last failed attempt", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant lastAttemptAt,
        @Schema(description = "Act before this: after it the carrier returns the parcel if nobody acted (the case expires)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Instant actionDeadline,
        @Schema(description = "COD or PREPAID", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"COD", "PREPAID"})
        String paymentMode,
        @Schema(description = "The policy that acted on the case last, if one did")
        UUID policyId,
        @Schema(description = "When the case was raised", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When it closed")
        Instant closedAt) {
}

package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "An NDR case: a shipment whose delivery failed, its attempts and the actions taken on it.")
public record NdrCaseView(
        @Schema(description = "The case's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The shipment", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID shipmentId,
        @Schema(description = "The shipment's AWB", requiredMode = Schema.RequiredMode.REQUIRED)
        String awb,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "The carrier account the shipment was bought on", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
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
        @Schema(description = "The carrier's code of the last attempt")
        String carrierCode,
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
        @Schema(description = "The order's value (declared value, else the COD amount), a decimal string", type = "string",
                format = "decimal", example = "1499.00")
        String orderValue,
        @Schema(description = "The currency of order_value", example = "INR")
        String orderCurrency,
        @Schema(description = "The destination's country", example = "IN")
        String destinationCountry,
        @Schema(description = "The destination's postal code", example = "560001")
        String destinationPostalCode,
        @Schema(description = "The policy that acted on the case last, if one did")
        java.util.UUID policyId,
        @Schema(description = "When the case was raised", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When it last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt,
        @Schema(description = "When it closed")
        Instant closedAt,
        @Schema(description = "The failed attempts, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<NdrAttemptView> attemptHistory,
        @Schema(description = "The actions taken, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<NdrActionView> actions) {
}

package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.LabelLinkView;
import io.shipgate.gateway.shipment.MoneyView;
import io.shipgate.gateway.shipment.ParcelView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer return as the API answers it. */
@Schema(description = "A customer return (reverse pickup): what comes back and why, the carrier's booking and label, where it stands.")
public record ReturnView(
        @Schema(description = "The return's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "RETURN_REQUESTED (booked, awaiting pickup), RETURN_PICKED_UP, RETURN_IN_TRANSIT, RETURN_DELIVERED "
                + "(received at the warehouse), or CANCELLED", requiredMode = Schema.RequiredMode.REQUIRED, example = "RETURN_REQUESTED")
        TrackingStatus status,
        @Schema(description = "The status's stable numeric code", requiredMode = Schema.RequiredMode.REQUIRED, example = "21")
        int statusCode,
        @Schema(description = "The shipment the items come back from; absent for a standalone return")
        UUID shipmentId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The carrier account that booked it", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's service booked", example = "sandbox_standard")
        String service,
        @Schema(description = "The return's AWB (tracking number)", requiredMode = Schema.RequiredMode.REQUIRED, example = "SB1796614692634213255321865180")
        String awb,
        @Schema(description = "The merchant's reference", example = "RMA-2001")
        String reference,
        @Schema(description = "Why it comes back", requiredMode = Schema.RequiredMode.REQUIRED)
        ReturnReason reason,
        @Schema(description = "What the customer said")
        String customerNote,
        @Schema(description = "What the warehouse checks on receipt")
        String qcInstructions,
        @Schema(description = "The items that come back", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ReturnItemView> items,
        @Schema(description = "Where the courier picks it up", requiredMode = Schema.RequiredMode.REQUIRED)
        AddressView pickupAddress,
        @Schema(description = "Where it goes", requiredMode = Schema.RequiredMode.REQUIRED)
        AddressView returnAddress,
        @Schema(description = "The parcels picked up", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ParcelView> parcels,
        @Schema(description = "What the carrier charged, when it says")
        MoneyView chargedAmount,
        @Schema(description = "The return label to download, where the carrier issues one (some couriers bring it to the pickup)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<LabelLinkView> labels,
        @Schema(description = "Booked with carrier \"auto\": the recommendation rule version followed")
        Integer ruleVersion,
        @Schema(description = "The path of the return AWB's tracking timeline (its tracker)", example = "/v1/shipments/01a24e94-a333-76fe-a470-273d9238ad15/tracking")
        String trackingUrl,
        @Schema(description = "When it was booked", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When it last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt,
        @Schema(description = "When the courier picked it up, once the carrier said so")
        Instant pickedUpAt,
        @Schema(description = "When it reached the warehouse")
        Instant deliveredAt,
        @Schema(description = "When it was cancelled")
        Instant cancelledAt,
        @Schema(description = "Cancelled: whether the carrier voided the pickup (false: the carrier offers no cancellation and was told nothing)")
        Boolean carrierCancelled) {
}

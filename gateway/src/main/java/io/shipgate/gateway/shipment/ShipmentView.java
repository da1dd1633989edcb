package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.TrackingStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A shipment as the API answers it: what was bought, from whom, its labels and documents, where it stands. */
@Schema(description = "A shipment: the label bought, the lane and parcels as requested, its labels and documents, and its status.")
public record ShipmentView(
        @Schema(description = "The shipment's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The normalized tracking status", requiredMode = Schema.RequiredMode.REQUIRED)
        TrackingStatus status,
        @Schema(description = "The status's stable numeric code (docs/api.md, Tracking statuses)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "1")
        int statusCode,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The tenant's carrier account that bought the label", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's service code booked", example = "sandbox_standard")
        String service,
        @Schema(description = "The universal service level asked for")
        ServiceLevel serviceLevel,
        @Schema(description = "The air waybill: the carrier's tracking number", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "SB1796614692634213255321865180")
        String awb,
        @Schema(description = "The carrier's own id of the shipment, when it differs from the AWB")
        String carrierShipmentId,
        @Schema(description = "The merchant's reference", example = "ORDER-1001")
        String reference,
        @Schema(description = "What the carrier charged, to the cent, when it says")
        MoneyView chargedAmount,
        @Schema(description = "The day the parcel is handed to the carrier", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate shipDate,
        @Schema(description = "The estimated delivery date (EDD): the first day of the carrier's latest delivery window, never before the "
                + "ship date; kept once delivered")
        LocalDate estimatedDelivery,
        @Schema(description = "The last day of the carrier's delivery window, when it gives one; replaced together with estimated_delivery")
        LocalDate latestDelivery,
        @Schema(description = "When the parcel was delivered, once it is")
        Instant deliveredAt,
        @Schema(description = "When the carrier first tried to deliver it (its first delivery or failed-delivery scan), once it did")
        Instant firstAttemptAt,
        @Schema(description = "Where the parcels come from", requiredMode = Schema.RequiredMode.REQUIRED)
        AddressView shipper,
        @Schema(description = "Where the parcels go", requiredMode = Schema.RequiredMode.REQUIRED)
        AddressView recipient,
        @Schema(description = "The parcels, with their tracking numbers", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ShipmentParcelView> parcels,
        @Schema(description = "The options, every one with its default applied", requiredMode = Schema.RequiredMode.REQUIRED)
        ShipmentOptionsView options,
        @Schema(description = "The customs declaration as requested; submitted documents are listed without their content")
        CustomsDeclarationView customs,
        @Schema(description = "The label documents to download", requiredMode = Schema.RequiredMode.REQUIRED)
        List<LabelLinkView> labels,
        @Schema(description = "Documents the carrier issued with the label (its commercial invoice...)", requiredMode = Schema.RequiredMode.REQUIRED)
        List<DocumentLinkView> documents,
        @Schema(description = "The path of the shipment's tracking timeline", requiredMode = Schema.RequiredMode.REQUIRED)
        String trackingUrl,
        @Schema(description = "When the label was bought", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When the shipment last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt,
        @Schema(description = "When it was cancelled")
        Instant cancelledAt,
        @Schema(description = "What the carrier or Shipgate said beside the sale (e.g. LABEL_UNREADABLE: the shipment was bought, but its label "
                + "could not be read and cannot be downloaded); empty when nothing", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ShipmentWarningView> warnings,
        @Schema(description = "When the carrier was last asked about the shipment (a poll, a refresh or a carrier push); null: not yet")
        Instant lastCheckedAt,
        @Schema(description = "When the poller asks the carrier next (docs/tracking.md); null: never again (a terminal status, or too old)")
        Instant nextCheckAt,
        @Schema(description = "Bought with carrier \"auto\": the recommendation it followed (options with scores, exclusions, rule version); "
                + "absent otherwise")
        ShipmentDecisionView decision,
        @Schema(description = "The warehouse the parcels leave from, when the purchase named one")
        UUID warehouseId) {
}

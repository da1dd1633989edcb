package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TrackingStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A shipment in a list: what a merchant filters and scans by, without addresses and parcels. */
@Schema(description = "A shipment in a list: what a merchant filters and scans by, without addresses and parcels (get the shipment for them).")
public record ShipmentSummaryView(
        @Schema(description = "The shipment's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "The normalized tracking status", requiredMode = Schema.RequiredMode.REQUIRED)
        TrackingStatus status,
        @Schema(description = "The status's stable numeric code", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int statusCode,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The tenant's carrier account that bought the label", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's service code booked")
        String service,
        @Schema(description = "The air waybill: the carrier's tracking number", requiredMode = Schema.RequiredMode.REQUIRED)
        String awb,
        @Schema(description = "The merchant's reference")
        String reference,
        @Schema(description = "What the carrier charged, to the cent, when it says")
        MoneyView chargedAmount,
        @Schema(description = "The estimated delivery date (EDD), when known")
        LocalDate estimatedDelivery,
        @Schema(description = "When the label was bought", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When the shipment last changed", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant updatedAt) {
}

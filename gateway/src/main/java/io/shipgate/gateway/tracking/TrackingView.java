package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.TrackingStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A shipment's normalized tracking timeline, oldest event first. */
@Schema(description = "A shipment's normalized tracking timeline, oldest event first.")
public record TrackingView(
        @Schema(description = "The shipment's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID shipmentId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The air waybill", requiredMode = Schema.RequiredMode.REQUIRED)
        String awb,
        @Schema(description = "The shipment's status: the timeline read in the order events happened", requiredMode = Schema.RequiredMode.REQUIRED)
        TrackingStatus status,
        @Schema(description = "The status's stable numeric code", requiredMode = Schema.RequiredMode.REQUIRED, example = "6")
        int statusCode,
        @Schema(description = "The estimated delivery date (EDD): the first day of the carrier's latest delivery window, never before the "
                + "ship date; kept once delivered")
        LocalDate estimatedDelivery,
        @Schema(description = "The last day of the carrier's delivery window, when it gives one; replaced together with estimated_delivery")
        LocalDate latestDelivery,
        @Schema(description = "When the parcel was delivered, once it is")
        Instant deliveredAt,
        @Schema(description = "When the carrier was last asked (a poll, a refresh or a carrier push); the same as last_checked_at, kept "
                + "for compatibility")
        Instant lastRefreshedAt,
        @Schema(description = "When the carrier was last asked (a poll, a refresh or a carrier push); null: not yet")
        Instant lastCheckedAt,
        @Schema(description = "When the poller asks the carrier next (docs/tracking.md); null: never again (a terminal status, too old, "
                + "or a tracker not found)")
        Instant nextCheckAt,
        @Schema(description = "Set when the carrier could not be asked now: the stored timeline is shown")
        String refreshError,
        @Schema(description = "The carrier's scans, normalized, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<TrackingEventView> events) {
}

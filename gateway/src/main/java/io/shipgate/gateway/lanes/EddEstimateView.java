package io.shipgate.gateway.lanes;

import io.shipgate.gateway.edd.EddSource;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One carrier service's delivery-time distribution on the lane. */
@Schema(description = "When one carrier service would deliver: its transit time in business days at five percentiles, the "
        + "dates they fall on, and the window holding the requested confidence.")
public record EddEstimateView(
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's service code; * for the carrier's average when the account has no known service",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "SURFACE")
        String service,
        @Schema(description = "The first business day the carrier picks the parcel up (after the cut-off: the next one)",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-03")
        LocalDate pickupDate,
        @Schema(description = "Business days in transit after the pickup day, by percentile", requiredMode = Schema.RequiredMode.REQUIRED)
        BusinessDays businessDays,
        @Schema(description = "The delivery date of each percentile, counted in the destination's business days",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Dates dates,
        @Schema(description = "The earliest date of the central window holding the confidence", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "2026-12-07")
        LocalDate earliest,
        @Schema(description = "The latest date of that window", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-10")
        LocalDate latest,
        @Schema(description = "The share of parcels the window holds", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.9")
        double confidence,
        @Schema(description = "Where the distribution came from: LANE_HISTORY (the lane's own deliveries, smoothed toward the "
                + "carrier's average while few), CARRIER_AVERAGE (the carrier service's deliveries on other lanes of the same kind), "
                + "CARRIER_COMMITMENT, ZONE_DEFAULT (no history)", requiredMode = Schema.RequiredMode.REQUIRED)
        EddSource source,
        @Schema(description = "The lane the history is kept by", requiredMode = Schema.RequiredMode.REQUIRED)
        LaneView lane,
        @Schema(description = "The carrier's own commitment for the service, when include_carrier_commitment asked for it and the "
                + "carrier gave one")
        CommitmentView carrierCommitment) {

    @Schema(description = "A carrier's committed delivery date for a service.")
    public record CommitmentView(
            @Schema(description = "The date the carrier commits to (the first day of its window)", example = "2026-12-08")
            LocalDate estimatedDelivery,
            @Schema(description = "The last day of its window, when it gives one", example = "2026-12-09")
            LocalDate latestDelivery,
            @Schema(description = "Its transit days, when it says", example = "3")
            Integer transitDays,
            @Schema(description = "The carrier guarantees the date (money back)", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean guaranteed) {
    }

    @Schema(description = "Business days in transit after the pickup day: a parcel arrives within pN days with probability N %.")
    public record BusinessDays(
            @Schema(description = "Business days within which 50 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "2")
            int p50,
            @Schema(description = "Business days within which 75 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "3")
            int p75,
            @Schema(description = "Business days within which 90 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "4")
            int p90,
            @Schema(description = "Business days within which 95 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "5")
            int p95,
            @Schema(description = "Business days within which 99 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "7")
            int p99) {
    }

    @Schema(description = "The delivery dates of the percentiles.")
    public record Dates(
            @Schema(description = "The date by which 50 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-07")
            LocalDate p50,
            @Schema(description = "The date by which 75 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-08")
            LocalDate p75,
            @Schema(description = "The date by which 90 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-09")
            LocalDate p90,
            @Schema(description = "The date by which 95 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-10")
            LocalDate p95,
            @Schema(description = "The date by which 99 % of parcels arrive", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-14")
            LocalDate p99) {
    }

    @Schema(description = "A lane: origin region to destination region (country and postal prefix).")
    public record LaneView(
            @Schema(description = "The origin region: country and postal prefix", requiredMode = Schema.RequiredMode.REQUIRED, example = "IN-110")
            String originRegion,
            @Schema(description = "The destination region", requiredMode = Schema.RequiredMode.REQUIRED, example = "IN-400")
            String destinationRegion,
            @Schema(description = "The lane's delivered shipments behind the figures, decayed (older ones weigh less)",
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "42.7") double shipments) {
    }
}

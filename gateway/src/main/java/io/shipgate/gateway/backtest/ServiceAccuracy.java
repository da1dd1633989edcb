package io.shipgate.gateway.backtest;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The backtest's figures for one carrier service, or for all ({@code carrier} and {@code service} {@code *}). */
@Schema(description = "The backtest's figures for a carrier service (or all of them: carrier and service *). The EDD's figures count "
        + "the delivered shipments; returned ones are counted apart.")
public record ServiceAccuracy(
        @Schema(description = "The carrier's code, or * for all", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The service's code, or * for all", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox_standard")
        String service,
        @Schema(description = "Finished shipments bought in the period", requiredMode = Schema.RequiredMode.REQUIRED, example = "41203")
        long shipments,
        @Schema(description = "Of them delivered: what the figures below are computed on", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "38410")
        long delivered,
        @Schema(description = "Of them returned to origin (never delivered)", requiredMode = Schema.RequiredMode.REQUIRED, example = "2793")
        long returnedToOrigin,
        @Schema(description = "Delivered shipments per source of their EDD (LANE_HISTORY, CARRIER_AVERAGE, ZONE_DEFAULT...)",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "{\"LANE_HISTORY\": 38250, \"ZONE_DEFAULT\": 160}")
        Map<String, Long> sources,
        @Schema(description = "Share delivered within the predicted window [earliest, latest] at the confidence",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "0.903")
        double withinWindow,
        @Schema(description = "The probability the predictions gave their window on average: at least the confidence, since the window's "
                + "ends are whole days", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.934")
        double windowPredicted,
        @Schema(description = "Share delivered on or before the p50 date", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.561")
        double onTime,
        @Schema(description = "Mean absolute difference between the p50 date and the delivery date, in calendar days",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "0.92")
        double maeDays,
        @Schema(description = "The same in business days of the destination's calendar", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "0.71")
        double maeBusinessDays,
        @Schema(description = "Per percentile of the prediction, the share delivered on or before its date", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Calibration> calibration,
        @Schema(description = "The same for the carrier's own promised date (its estimated delivery at purchase), on the delivered "
                + "shipments that had one", requiredMode = Schema.RequiredMode.REQUIRED)
        PromiseAccuracy carrierPromise) {

    /** A percentile's nominal share and the share that arrived by its date. */
    @Schema(description = "A percentile of the prediction: the share nominally delivered by its date, and the share that was")
    public record Calibration(
            @Schema(description = "The percentile", requiredMode = Schema.RequiredMode.REQUIRED, example = "90")
            int percentile,
            @Schema(description = "Its nominal share", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.9")
            double nominal,
            @Schema(description = "The probability the predictions gave delivery by its date, on average: at least nominal, since dates "
                    + "are whole days (the percentile's date is the first whose probability reaches it)",
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "0.936")
            double predicted,
            @Schema(description = "The share delivered on or before its date: to compare with predicted", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "0.931")
            double realised,
            @Schema(description = "The share delivered by it, a delivery on the date itself counted as the part of that day's predicted "
                    + "probability the percentile covers: to compare with nominal", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.897")
            double realisedInterpolated) {
    }

    /** How the carrier's promised dates did. */
    @Schema(description = "How the carrier's promised dates did")
    public record PromiseAccuracy(
            @Schema(description = "Delivered shipments with a promised date", requiredMode = Schema.RequiredMode.REQUIRED, example = "38410")
            long shipments,
            @Schema(description = "Share delivered on or before the promised date", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.412")
            double onTime,
            @Schema(description = "Mean absolute difference from the delivery date, calendar days", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "1.74")
            double maeDays,
            @Schema(description = "The same in business days", requiredMode = Schema.RequiredMode.REQUIRED, example = "1.31")
            double maeBusinessDays) {
    }
}

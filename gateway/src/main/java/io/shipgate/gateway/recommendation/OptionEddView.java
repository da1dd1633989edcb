package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.EddSource;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** An option's EDD. */
@Schema(description = "The estimated delivery: business days in transit after the pickup day at p50 and p90, their dates, and the "
        + "central 90% window.")
public record OptionEddView(
        @Schema(description = "The first day the carrier picks up", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate pickupDate,
        @Schema(description = "Business days in transit at the 50th percentile", requiredMode = Schema.RequiredMode.REQUIRED, example = "2")
        int p50Days,
        @Schema(description = "At the 90th percentile", requiredMode = Schema.RequiredMode.REQUIRED, example = "4")
        int p90Days,
        @Schema(description = "The date at p50", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate p50Date,
        @Schema(description = "The date at p90", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate p90Date,
        @Schema(description = "The earliest date of the central 90% interval", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate earliest,
        @Schema(description = "Its latest date", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate latest,
        @Schema(description = "Where the estimate came from", requiredMode = Schema.RequiredMode.REQUIRED)
        EddSource source) {

    static OptionEddView of(DeliveryEstimate e) {
        return e == null ? null : new OptionEddView(e.pickupDate(), e.p50(), e.p90(), e.p50Date(), e.p90Date(), e.earliest(), e.latest(),
                e.source());
    }
}

package io.shipgate.gateway.backtest;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the backtest found, overall and per carrier service. */
@Schema(description = "How accurate the EDD was on the tenant's finished shipments bought in the period, replayed in time order: each "
        + "prediction made at the shipment's purchase from the deliveries finished before it. Shares are fractions from 0 to 1.")
public record EddAccuracy(
        @Schema(description = "The first day of the period (shipments bought on it or after, in the warehouse's time)",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-07-01")
        LocalDate from,
        @Schema(description = "The last day of the period", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-07")
        LocalDate to,
        @Schema(description = "The confidence of the window [earliest, latest] whose hits are counted in within_window",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "0.9")
        double confidence,
        @Schema(description = "When the backtest ran", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant computedAt,
        @Schema(description = "Every carrier service together", requiredMode = Schema.RequiredMode.REQUIRED)
        ServiceAccuracy overall,
        @Schema(description = "Per carrier service, by carrier and service", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ServiceAccuracy> services) {
}

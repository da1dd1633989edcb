package io.shipgate.gateway.rating;

import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A carrier account that gave no quote, and why, in words safe to show a merchant. */
@Schema(description = "A carrier account that gave no quote, and why.")
public record RateFailureView(
        @Schema(description = "The carrier account asked", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "What kind of failure it was", requiredMode = Schema.RequiredMode.REQUIRED)
        CarrierErrorCategory category,
        @Schema(description = "The carrier's own error code, when it gave one", example = "CARRIER_UNAVAILABLE")
        String code,
        @Schema(description = "What went wrong, in words safe to show", requiredMode = Schema.RequiredMode.REQUIRED)
        String message,
        @Schema(description = "Whether asking again may succeed", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean retryable) {
}

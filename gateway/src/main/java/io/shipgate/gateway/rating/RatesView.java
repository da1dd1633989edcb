package io.shipgate.gateway.rating;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code POST /v1/rates}. */
@Schema(description = "Quotes from every carrier account that answered, cheapest first, the accounts that gave none, and the carriers' warnings.")
public record RatesView(
        @Schema(description = "The quotes, cheapest first (then fastest)", requiredMode = Schema.RequiredMode.REQUIRED)
        List<RateQuoteView> quotes,
        @Schema(description = "Each carrier account that gave no quote, and why", requiredMode = Schema.RequiredMode.REQUIRED)
        List<RateFailureView> failures,
        @Schema(description = "What carriers said beside their quotes: warnings, and services they could not quote with the reason",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<RateWarningView> warnings) {
}

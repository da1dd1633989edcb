package io.shipgate.gateway.rating;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answer of {@code POST /v1/rates}. */
@Schema(description = "Quotes from every carrier account that answered, cheapest first, and the accounts that gave none.")
public record RatesView(
        @Schema(description = "The quotes, cheapest first (then fastest)", requiredMode = Schema.RequiredMode.REQUIRED)
        List<RateQuoteView> quotes,
        @Schema(description = "Each carrier account that gave no quote, and why", requiredMode = Schema.RequiredMode.REQUIRED)
        List<RateFailureView> failures) {
}

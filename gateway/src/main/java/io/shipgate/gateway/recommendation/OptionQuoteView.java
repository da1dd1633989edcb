package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.shipment.MoneyView;
import io.swagger.v3.oas.annotations.media.Schema;

/** An option's price. */
@Schema(description = "The option's price, from the account's rate card (no carrier is called).")
public record OptionQuoteView(
        @Schema(description = "The total", requiredMode = Schema.RequiredMode.REQUIRED)
        MoneyView total,
        @Schema(description = "RATE_CARD: priced by the account's rate card", requiredMode = Schema.RequiredMode.REQUIRED, example = "RATE_CARD")
        String source,
        @Schema(description = "The version of the rate card", example = "2")
        Integer rateCardVersion) {
}

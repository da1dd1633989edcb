package io.shipgate.gateway.ratecard;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The rate cards in force of a carrier account, one per service. */
@Schema(description = "A carrier account's rate cards in force, one per service, by service code.")
public record RateCardList(
        @Schema(description = "The cards", requiredMode = Schema.RequiredMode.REQUIRED)
        List<RateCardSummaryView> data) {
}

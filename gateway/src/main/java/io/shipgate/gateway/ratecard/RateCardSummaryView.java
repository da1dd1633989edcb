package io.shipgate.gateway.ratecard;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A rate card in force, as the upload and the list answer: its service, version and size, and where to read it. */
@Schema(description = "A carrier service's rate card in force: its version and size; card_url reads it as JSON, csv_url downloads it.")
public record RateCardSummaryView(
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's service code the card prices", requiredMode = Schema.RequiredMode.REQUIRED, example = "surface")
        String service,
        @Schema(description = "The card's version: 1 for the first upload, one more for each upload after it",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2")
        int version,
        @Schema(description = "The currency of its amounts (ISO 4217)", requiredMode = Schema.RequiredMode.REQUIRED, example = "INR")
        String currency,
        @Schema(description = "Its lines in the CSV format", requiredMode = Schema.RequiredMode.REQUIRED, example = "42")
        int lineCount,
        @Schema(description = "When it was uploaded (and took effect)", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant uploadedAt,
        @Schema(description = "Where to read it as JSON", requiredMode = Schema.RequiredMode.REQUIRED)
        String cardUrl,
        @Schema(description = "Where to download it as CSV", requiredMode = Schema.RequiredMode.REQUIRED)
        String csvUrl) {
}

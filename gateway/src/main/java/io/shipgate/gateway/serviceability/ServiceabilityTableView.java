package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The active serviceability table of a carrier account, as {@code GET} and {@code PUT .../serviceability} answer. */
@Schema(description = "A carrier account's serviceability table in force: its version and size; csv_url downloads it.")
public record ServiceabilityTableView(
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The table's version: 1 for the first upload, one more for each upload after it",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "3")
        int version,
        @Schema(description = "Its postal codes", requiredMode = Schema.RequiredMode.REQUIRED, example = "19234")
        int rowCount,
        @Schema(description = "The currency of its COD limits (ISO 4217); absent when it was uploaded without one", example = "INR")
        String currency,
        @Schema(description = "When it was uploaded (and took effect)", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant uploadedAt,
        @Schema(description = "Where to download it as CSV, in the upload's format",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "/v1/carrier-accounts/0192f6f4-7b3c-7c4e-9a4b-5d0f3e1c2a10/serviceability/csv")
        String csvUrl) {
}

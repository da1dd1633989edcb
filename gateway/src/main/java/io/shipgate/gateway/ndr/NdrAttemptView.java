package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A failed delivery attempt of an NDR case, as the carrier reported it.")
public record NdrAttemptView(
        @Schema(description = "1 for the first failed attempt of the case, then 2, 3...", requiredMode = Schema.RequiredMode.REQUIRED)
        int attempt,
        @Schema(description = "Why it failed, normalized", requiredMode = Schema.RequiredMode.REQUIRED)
        NdrReason reason,
        @Schema(description = "The carrier's own code of the scan")
        String carrierCode,
        @Schema(description = "The carrier's remarks (its words about the attempt)")
        String carrierRemarks,
        @Schema(description = "When the courier tried", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant attemptedAt) {
}

package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** An account, or one service of it, left out, and why. */
@Schema(description = "An account (service absent) or one of its services left out of the ranking, with the first reason found.")
public record ExcludedOptionView(
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "The account's name", requiredMode = Schema.RequiredMode.REQUIRED, example = "Delhivery B2C")
        String accountName,
        @Schema(description = "The service, when only it is left out", example = "express")
        String service,
        @Schema(description = "Why", requiredMode = Schema.RequiredMode.REQUIRED)
        CandidateExclusion reason,
        @Schema(description = "RULE_EXCLUDED: the rule (exclusions[i] with its name, or max_cost)", example = "exclusions[0] (no COD to the north-east)")
        String rule,
        @Schema(description = "The reason for a human", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "excluded by rule exclusions[0] (no COD to the north-east): destination postal code starting with 79")
        String detail) {
}

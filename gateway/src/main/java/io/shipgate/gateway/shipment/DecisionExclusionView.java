package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** An option a shipment's decision left out. */
@Schema(description = "An account (service absent) or service the decision left out, with the reason (as POST /v1/recommendations gives it).")
public record DecisionExclusionView(
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The service, when only it was left out", example = "sandbox_express")
        String service,
        @Schema(description = "The reason, as in POST /v1/recommendations", requiredMode = Schema.RequiredMode.REQUIRED, example = "RULE_EXCLUDED")
        String reason,
        @Schema(description = "RULE_EXCLUDED: the rule", example = "exclusions[0]")
        String rule,
        @Schema(description = "The reason for a human", requiredMode = Schema.RequiredMode.REQUIRED, example = "excluded by rule exclusions[0]: COD above INR 5000")
        String detail) {
}

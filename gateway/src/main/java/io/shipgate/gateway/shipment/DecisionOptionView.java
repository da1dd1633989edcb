package io.shipgate.gateway.shipment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A ranked option of a shipment's decision. */
@Schema(description = "A ranked option of the decision: its score and each term's contribution (docs/decide.md, Recommendation).")
public record DecisionOptionView(
        @Schema(description = "1: the one bought", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int rank,
        @Schema(description = "SCORE, PREFERENCE (an always-first pin) or SPLIT (the load distribution's turn)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "SCORE")
        String placement,
        @Schema(description = "The carrier account", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox")
        String carrier,
        @Schema(description = "The service", requiredMode = Schema.RequiredMode.REQUIRED, example = "sandbox_standard")
        String service,
        @Schema(description = "The score, 0 to 1", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.82")
        double score,
        @Schema(description = "The cost term's contribution", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.4")
        double cost,
        @Schema(description = "The speed term's contribution", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.25")
        double speed,
        @Schema(description = "The reliability term's contribution", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.17")
        double reliability,
        @Schema(description = "The preference term's contribution", requiredMode = Schema.RequiredMode.REQUIRED, example = "0")
        double preference,
        @Schema(description = "The quote's total", requiredMode = Schema.RequiredMode.REQUIRED)
        MoneyView total,
        @Schema(description = "The rate card version that priced it", example = "2")
        Integer rateCardVersion,
        @Schema(description = "The EDD's p50 business days in transit", example = "2")
        Integer p50Days,
        @Schema(description = "The EDD's p90 business days in transit", example = "4")
        Integer p90Days) {
}

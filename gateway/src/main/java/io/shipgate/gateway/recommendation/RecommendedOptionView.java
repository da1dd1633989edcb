package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A ranked option: a carrier account's service, its score and why, its quote, EDD and reliability. */
@Schema(description = "An eligible carrier service with its score, the score's terms, its quote, EDD and lane reliability.")
public record RecommendedOptionView(
        @Schema(description = "1 for the recommendation", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        int rank,
        @Schema(description = "Why it is in this place", requiredMode = Schema.RequiredMode.REQUIRED)
        Placement placement,
        @Schema(description = "The carrier account (pass it to POST /v1/shipments)", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID carrierAccountId,
        @Schema(description = "The carrier's code", requiredMode = Schema.RequiredMode.REQUIRED, example = "delhivery")
        String carrier,
        @Schema(description = "The account's name", requiredMode = Schema.RequiredMode.REQUIRED, example = "Delhivery B2C")
        String accountName,
        @Schema(description = "The service code (pass it to POST /v1/shipments)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "surface")
        String service,
        @Schema(description = "The service's name", example = "Surface")
        String serviceName,
        @Schema(description = "The score, 0 to 1: the sum of the terms' contributions", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "0.87")
        double score,
        @Schema(description = "The terms of the score: cost, speed, reliability, preference", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ScoreTermView> breakdown,
        @Schema(description = "The price", requiredMode = Schema.RequiredMode.REQUIRED)
        OptionQuoteView quote,
        @Schema(description = "The estimated delivery; absent when no estimate was available")
        OptionEddView edd,
        @Schema(description = "The lane's learned reliability; absent when none was available")
        OptionReliabilityView reliability) {
}

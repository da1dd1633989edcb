package io.shipgate.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Why a row was not bought: the problem POST /v1/shipments would have answered. */
@Schema(description = "Why a row was not bought: the problem (RFC 9457) POST /v1/shipments would have answered for it.")
public record BatchRowProblemView(
        @Schema(description = "The problem type", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "https://shipgate.dev/problems/validation-error") String type,
        @Schema(description = "The problem type's title", example = "The request is not valid") String title,
        @Schema(description = "The HTTP status POST /v1/shipments would have answered", example = "400") Integer status,
        @Schema(description = "What is wrong", example = "recipient.city: must not be blank") String detail,
        @Schema(description = "The fields at fault") List<BatchFieldErrorView> errors) {
}

package io.shipgate.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;

/** One field at fault in a row's problem. */
@Schema(description = "One field at fault in a row's problem, named as the row's JSON names it (a CSV row: its column).")
public record BatchFieldErrorView(
        @Schema(description = "The field", requiredMode = Schema.RequiredMode.REQUIRED, example = "recipient.city") String field,
        @Schema(description = "What is wrong with it", requiredMode = Schema.RequiredMode.REQUIRED, example = "must not be blank") String message) {
}

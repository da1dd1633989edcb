package io.shipgate.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;

/** A mistake of a submitted row. */
@Schema(description = "A mistake of a submitted row: the row, the field (a CSV column, or the JSON path) and what is wrong.")
public record BatchRowErrorView(
        @Schema(description = "The row (position in the JSON array from 1, or line of the file)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "2") long row,
        @Schema(description = "The field: a CSV column, or the path in the row's JSON", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "recipient.city") String field,
        @Schema(description = "What is wrong with it", requiredMode = Schema.RequiredMode.REQUIRED, example = "must not be blank") String message) {
}

package io.shipgate.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;

/** A batch's rows counted by state. */
@Schema(description = "A batch's progress: its rows counted by state.")
public record BatchCountsView(
        @Schema(description = "Rows in the batch", requiredMode = Schema.RequiredMode.REQUIRED, example = "3") int total,
        @Schema(description = "Rows refused when submitted", requiredMode = Schema.RequiredMode.REQUIRED, example = "1") int invalid,
        @Schema(description = "Rows waiting to be bought", requiredMode = Schema.RequiredMode.REQUIRED, example = "0") int pending,
        @Schema(description = "Rows with their shipment bought", requiredMode = Schema.RequiredMode.REQUIRED, example = "2") int created,
        @Schema(description = "Rows whose purchase was refused", requiredMode = Schema.RequiredMode.REQUIRED, example = "0") int failed) {
}

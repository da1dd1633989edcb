package io.shipgate.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A batch: its progress and, in pages, its rows. */
@Schema(description = "A batch of shipments: its progress, and a page of its rows (GET /v1/batches/{id}).")
public record BatchView(
        @Schema(description = "The batch's id", requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(description = "processing while rows wait to be bought, then completed", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"processing", "completed"}, example = "processing") String status,
        @Schema(description = "How the rows came: json, json_lines or csv", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"json", "json_lines", "csv"}, example = "json") String source,
        @Schema(description = "Rows counted by state", requiredMode = Schema.RequiredMode.REQUIRED) BatchCountsView counts,
        @Schema(description = "When it was submitted", requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
        @Schema(description = "When its last row was settled") Instant completedAt,
        @Schema(description = "The label profile its labels are merged for when the download names none") UUID labelProfileId,
        @Schema(description = "Submitting: the mistakes of the invalid rows (row, field, message), at most 1,000; the other rows are accepted")
        List<BatchRowErrorView> errors,
        @Schema(description = "GET /v1/batches/{id}: a page of rows in row order") List<BatchRowView> rows,
        @Schema(description = "Pass as cursor for the next page of rows; absent on the last") String nextCursor,
        @Schema(description = "Where to download the batch's labels merged into one document",
                example = "/v1/batches/01932f50-7b1c-7e2f-9a3b-4c5d6e7f8091/labels?format=pdf") String labelsUrl) {
}

package io.shipgate.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** One row of a batch and its outcome. */
@Schema(description = "One row of a batch and its outcome.")
public record BatchRowView(
        @Schema(description = "The row's number: its position in the JSON array (from 1), or its line in the file (a CSV header is line 1)",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2") int row,
        @Schema(description = "The row's reference (each reference is bought once per tenant)", example = "ORDER-1002") String reference,
        @Schema(description = "Where the row stands", requiredMode = Schema.RequiredMode.REQUIRED) BatchRowState state,
        @Schema(description = "The shipment bought for it") UUID shipmentId,
        @Schema(description = "The shipment's AWB", example = "SBX1234567890") String awb,
        @Schema(description = "The reference was bought before (by an earlier batch): this is that shipment, nothing was bought now")
        Boolean replayed,
        @Schema(description = "Purchase attempts so far", example = "1") int attempts,
        @Schema(description = "Why the row is invalid or failed") BatchRowProblemView problem) {
}

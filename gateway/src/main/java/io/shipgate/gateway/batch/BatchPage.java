package io.shipgate.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of the tenant's batches, newest first. */
@Schema(description = "A page of the tenant's batches, newest first (without their rows).")
public record BatchPage(
        @Schema(description = "The batches", requiredMode = Schema.RequiredMode.REQUIRED) List<BatchView> data,
        @Schema(description = "Pass as cursor for the next page; absent on the last") String nextCursor) {
}

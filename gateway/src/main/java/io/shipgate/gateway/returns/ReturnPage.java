package io.shipgate.gateway.returns;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of returns, newest first.")
public record ReturnPage(
        @Schema(description = "The returns of this page", requiredMode = Schema.RequiredMode.REQUIRED)
        List<ReturnView> data,
        @Schema(description = "Pass as cursor for the next page; absent on the last page")
        String nextCursor) {
}

package io.shipgate.gateway.ndr;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of the tenant's NDR cases, newest first.")
public record NdrCasePage(
        @Schema(description = "The cases of this page", requiredMode = Schema.RequiredMode.REQUIRED)
        List<NdrCaseSummaryView> data,
        @Schema(description = "Pass it as cursor for the next page; absent on the last page")
        String nextCursor) {
}

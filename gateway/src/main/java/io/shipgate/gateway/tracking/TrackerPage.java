package io.shipgate.gateway.tracking;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of the trackers, newest first. */
@Schema(description = "One page of the tenant's trackers, newest first.")
public record TrackerPage(
        @Schema(description = "The trackers of this page", requiredMode = Schema.RequiredMode.REQUIRED)
        List<TrackerView> data,
        @Schema(description = "Pass it as cursor for the next page; absent on the last page")
        String nextCursor) {
}

package io.shipgate.gateway.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of the tenant's events, newest first.")
public record EventPage(
        @Schema(description = "The events of this page", requiredMode = Schema.RequiredMode.REQUIRED)
        List<EventView> data,
        @Schema(description = "Pass it as cursor for the next page; absent on the last page")
        String nextCursor) {
}

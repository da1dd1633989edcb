package io.shipgate.gateway.pickup;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "Pickups, newest first; next_cursor fetches the next page.")
public record PickupList(@Schema(description = "The pickups", requiredMode = Schema.RequiredMode.REQUIRED) List<PickupView> data,
                         @Schema(description = "Pass as cursor for the next page; absent on the last") String nextCursor) {
}

package io.shipgate.gateway.warehouse;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A warehouse as the API answers it. */
@Schema(description = "A warehouse (pickup location) of the tenant.")
public record WarehouseView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Brooklyn DC") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) WarehouseAddressView address,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) WarehouseContactView contact,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "America/New_York") String timeZone,
        @Schema(description = "The daily cut-off, local time", type = "string", example = "17:00:00", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalTime cutoffTime,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<DayOfWeek> workingDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean autoAttachPickups,
        @Schema(description = "Archived warehouses (DELETE) are kept for the shipments, pickups and manifests that name them, "
                + "but take no new ones", requiredMode = Schema.RequiredMode.REQUIRED) boolean archived,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant updatedAt,
        Instant archivedAt) {
}

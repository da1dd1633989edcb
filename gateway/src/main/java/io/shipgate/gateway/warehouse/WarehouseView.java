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
        @Schema(description = "The warehouse's id", requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(description = "The warehouse's name, as the manifest prints it", requiredMode = Schema.RequiredMode.REQUIRED, example = "Brooklyn DC") String name,
        @Schema(description = "Where the courier collects", requiredMode = Schema.RequiredMode.REQUIRED) WarehouseAddressView address,
        @Schema(description = "Whom the courier asks for", requiredMode = Schema.RequiredMode.REQUIRED) WarehouseContactView contact,
        @Schema(description = "The warehouse's IANA time zone", requiredMode = Schema.RequiredMode.REQUIRED, example = "America/New_York") String timeZone,
        @Schema(description = "The daily cut-off, local time", type = "string", example = "17:00:00", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalTime cutoffTime,
        @Schema(description = "The days the warehouse hands parcels over", requiredMode = Schema.RequiredMode.REQUIRED) List<DayOfWeek> workingDays,
        @Schema(description = "Whether new shipments join the day's scheduled pickup of their carrier account", requiredMode = Schema.RequiredMode.REQUIRED) boolean autoAttachPickups,
        @Schema(description = "Archived warehouses (DELETE) are kept for the shipments, pickups and manifests that name them, "
                + "but take no new ones", requiredMode = Schema.RequiredMode.REQUIRED) boolean archived,
        @Schema(description = "When the warehouse was added", requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
        @Schema(description = "When it last changed", requiredMode = Schema.RequiredMode.REQUIRED) Instant updatedAt,
        @Schema(description = "When it was archived") Instant archivedAt) {
}

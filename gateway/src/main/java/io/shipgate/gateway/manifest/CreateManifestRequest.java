package io.shipgate.gateway.manifest;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /v1/manifests}. */
@Schema(description = "Close the day for a carrier account at a warehouse: every shipment not yet manifested, or the ones listed.")
public record CreateManifestRequest(
        @Schema(description = "The tenant's carrier account whose shipments are handed over", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull UUID carrierAccountId,
        @Schema(description = "The tenant's warehouse the courier collects at", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull UUID warehouseId,
        @Schema(description = "The handover date printed on the manifest, the warehouse's local date; today by default. Shipments "
                + "bought up to its end are collected", example = "2026-12-08")
        LocalDate date,
        @ArraySchema(arraySchema = @Schema(description = "Only these shipments (the account's, at the warehouse, not manifested, not "
                + "picked up), at most 2000; absent: every one awaiting the courier"), maxItems = 2000, uniqueItems = true)
        @Size(max = 2000) List<@NotNull UUID> shipmentIds) {
}

package io.shipgate.gateway.warehouse;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "The tenant's warehouses, by name.")
public record WarehouseList(@Schema(description = "The warehouses", requiredMode = Schema.RequiredMode.REQUIRED) List<WarehouseView> data) {
}

package io.shipgate.gateway.warehouse;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/v1/warehouses")
@Tag(name = "Warehouses", description = "The tenant's pickup locations: address, contact, cut-off and working days (docs/operations.md).")
class WarehouseController {

    private static final int MAX_LIMIT = 500;

    private final WarehouseService service;

    WarehouseController(WarehouseService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWarehouse", summary = "Add a warehouse")
    @ExampleBodies(request = "warehouse-request", response = "warehouse")
    WarehouseView create(Tenant tenant, @Valid @RequestBody CreateWarehouseRequest request) {
        return service.create(tenant.id(), request);
    }

    @GetMapping
    @Operation(operationId = "listWarehouses", summary = "List warehouses", description = "By name; archived ones only when asked for.")
    @ExampleBodies(response = "warehouse-list")
    WarehouseList list(Tenant tenant,
                       @Parameter(description = "include archived warehouses") @RequestParam(name = "include_archived", defaultValue = "false")
                       boolean includeArchived,
                       @Parameter(description = "1 to 500, default 100",
                               schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500", defaultValue = "100"))
                       @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return service.list(tenant.id(), includeArchived, limit);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWarehouse", summary = "Get a warehouse")
    @ExampleBodies(response = "warehouse")
    @ErrorResponses(404)
    WarehouseView get(Tenant tenant, @PathVariable UUID id) {
        return service.get(tenant.id(), id);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateWarehouse", summary = "Update a warehouse",
            description = "Absent fields stay; address and contact are replaced whole when given.")
    @ExampleBodies(request = "warehouse-update-request", response = "warehouse")
    @ErrorResponses(404)
    WarehouseView update(Tenant tenant, @PathVariable UUID id, @Valid @RequestBody UpdateWarehouseRequest request) {
        return service.update(tenant.id(), id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "archiveWarehouse", summary = "Archive a warehouse", description = """
            Answers the warehouse, archived: the shipments, pickups and manifests that name it keep it, but it takes no new ones.""")
    @ExampleBodies(response = "warehouse")
    @ErrorResponses(404)
    WarehouseView archive(Tenant tenant, @PathVariable UUID id) {
        return service.archive(tenant.id(), id);
    }
}

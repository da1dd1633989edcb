package io.shipgate.gateway.warehouse;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's warehouses, for the features that name one (shipments, pickups, manifests). */
@Component
public class Warehouses {

    private final WarehouseRepository repository;

    Warehouses(WarehouseRepository repository) {
        this.repository = repository;
    }

    /** The tenant's warehouse, archived or not; empty for an unknown or another tenant's id. */
    public Optional<Warehouse> find(UUID tenantId, UUID id) {
        return repository.find(tenantId, id).map(WarehouseRepository.Row::warehouse);
    }

    /** The tenant's warehouses that take new work (not archived), at most 100, for a filter's choices. */
    public List<Warehouse> active(UUID tenantId) {
        return repository.list(tenantId, false, 100).stream().map(WarehouseRepository.Row::warehouse).toList();
    }

    /**
     * The tenant's warehouse that takes new work: a 404 naming {@code field} when unknown (or another tenant's),
     * a 400 naming it when archived.
     */
    public Warehouse requireActive(UUID tenantId, UUID id, String field) {
        Warehouse warehouse = find(tenantId, id).orElseThrow(() -> ApiException.notFound("warehouse " + id)
                .with("errors", List.of(new FieldError(field, "no such warehouse of this tenant"))));
        if (warehouse.archived()) {
            throw ApiException.invalid(field, "warehouse " + id + " is archived and takes no new shipments, pickups or manifests");
        }
        return warehouse;
    }
}

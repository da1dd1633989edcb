package io.shipgate.gateway.shipment;

import io.shipgate.routes.port.Shipment;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** What other modules may read of a tenant's shipment (the returns module: what was shipped, to whom, when delivered). */
@Component
public class ShipmentLookup {

    private final ShipmentRepository shipments;

    ShipmentLookup(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    /** The tenant's shipment with its parcels; empty for an unknown or foreign id, or a tracker's. */
    public Optional<Shipment> find(UUID tenantId, UUID shipmentId) {
        return shipments.find(tenantId, shipmentId);
    }
}

package io.shipgate.gateway.shipment;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The warehouses named by the purchases under way on this node, by purchase id: the purchase's transaction stores the
 * warehouse with the shipment (as {@link PendingDecisions} does for decisions). A purchase the reconciler settles later is
 * stored without one.
 */
@Component
class PendingWarehouses {

    private final Map<UUID, UUID> pending = new ConcurrentHashMap<>();

    void put(UUID purchaseId, UUID warehouseId) {
        pending.put(purchaseId, warehouseId);
    }

    Optional<UUID> get(UUID purchaseId) {
        return Optional.ofNullable(pending.get(purchaseId));
    }

    void remove(UUID purchaseId) {
        pending.remove(purchaseId);
    }
}

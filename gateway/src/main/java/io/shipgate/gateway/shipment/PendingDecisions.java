package io.shipgate.gateway.shipment;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decisions of carrier "auto" purchases under way on this node, by purchase id: the purchase's transaction stores
 * its decision with the shipment. A purchase the reconciler settles later (its answer never came) is stored without one.
 */
@Component
class PendingDecisions {

    private final Map<UUID, ShipmentDecisionView> pending = new ConcurrentHashMap<>();

    void put(UUID purchaseId, ShipmentDecisionView decision) {
        pending.put(purchaseId, decision);
    }

    Optional<ShipmentDecisionView> get(UUID purchaseId) {
        return Optional.ofNullable(pending.get(purchaseId));
    }

    void remove(UUID purchaseId) {
        pending.remove(purchaseId);
    }
}

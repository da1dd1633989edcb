package io.shipgate.gateway.pickup;

import io.shipgate.gateway.shipment.HandoverShipment;
import io.shipgate.gateway.shipment.ShipmentEvent;
import io.shipgate.gateway.shipment.ShipmentHandover;
import io.shipgate.gateway.warehouse.Warehouse;
import io.shipgate.gateway.warehouse.Warehouses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Attaches each new shipment of a warehouse with {@code auto_attach_pickups} to the day's scheduled pickup of its carrier
 * account at that warehouse, when there is one. Inside the purchase's transaction, under a savepoint: a failure here rolls
 * back to it and never undoes a label bought (the shipment then stays unattached, and it is logged). Not in a transaction
 * of its own after the commit: that one would need a second connection while the purchase still holds its first, and as
 * many concurrent purchases as the pool has connections would then wait for each other (batches run dozens at once).
 */
@Component
class PickupAutoAttach {

    private static final Logger LOG = LoggerFactory.getLogger(PickupAutoAttach.class);

    private final ShipmentHandover shipments;
    private final Warehouses warehouses;
    private final PickupRepository pickups;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    PickupAutoAttach(ShipmentHandover shipments, Warehouses warehouses, PickupRepository pickups, Clock clock,
                     PlatformTransactionManager transactions) {
        this.shipments = shipments;
        this.warehouses = warehouses;
        this.pickups = pickups;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventListener
    public void onCreated(ShipmentEvent.Created created) {
        try {
            savepoint.executeWithoutResult(status -> attach(created));
        } catch (RuntimeException e) {
            LOG.warn("shipment {}: not attached to the day's pickup: {}", created.shipmentId(), e.getMessage());
        }
    }

    private void attach(ShipmentEvent.Created created) {
        List<HandoverShipment> found = shipments.find(created.tenantId(), List.of(created.shipmentId()));
        if (found.isEmpty() || found.getFirst().warehouseId() == null) {
            return;
        }
        HandoverShipment shipment = found.getFirst();
        Warehouse warehouse = warehouses.find(created.tenantId(), shipment.warehouseId()).orElse(null);
        if (warehouse == null || !warehouse.autoAttachPickups()) {
            return;
        }
        pickups.scheduledOn(created.tenantId(), shipment.carrierAccountId(), warehouse.id(), warehouse.today(clock.instant()))
                .ifPresent(pickup -> {
                    if (pickups.attach(created.tenantId(), pickup.id(), shipment.id(), clock.instant())) {
                        pickups.addPackages(created.tenantId(), pickup.id(), shipment.pieces());
                    }
                });
    }
}

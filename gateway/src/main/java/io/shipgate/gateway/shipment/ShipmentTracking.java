package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.routes.port.ShipmentSnapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What the tracking feature reads of a shipment and may change on it: its status (with its
 * {@link ShipmentEvent.StatusChanged}), its estimated delivery and when it was last tracked. The
 * {@code shipments} table is this module's: tracking goes through here.
 */
@Component
public class ShipmentTracking {

    private final ShipmentRepository shipments;
    private final ApplicationEventPublisher events;

    ShipmentTracking(ShipmentRepository shipments, ApplicationEventPublisher events) {
        this.shipments = shipments;
        this.events = events;
    }

    /** The tenant's shipment, or empty for an unknown or foreign id. */
    public Optional<ShipmentSnapshot> find(UUID tenantId, UUID shipmentId) {
        return shipments.snapshot(tenantId, shipmentId);
    }

    /** The shipment's status as stored now, its row locked until the transaction ends: one writer of its tracking at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TrackingStatus lockStatus(UUID tenantId, UUID shipmentId) {
        return shipments.lockStatus(tenantId, shipmentId);
    }

    /**
     * The shipment was tracked at {@code at}: its status moves from {@code from} to {@code to} (with its
     * event) when they differ, and its estimated delivery to the carrier's latest one, if it gave one.
     *
     * @param ndrReason why the delivery failed, when the carrier said so
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tracked(ShipmentSnapshot shipment, TrackingStatus from, TrackingStatus to, NdrReason ndrReason, LocalDate estimatedDelivery,
                        Instant at) {
        if (to != from && shipments.advanceStatus(shipment.tenantId(), shipment.id(), from, to, estimatedDelivery, at) == 1) {
            events.publishEvent(new ShipmentEvent.StatusChanged(shipment.tenantId(), shipment.id(), shipment.ref().awb(), to, from,
                    ndrReason, at));
        } else {
            shipments.markTracked(shipment.tenantId(), shipment.id(), estimatedDelivery, at);
        }
    }
}

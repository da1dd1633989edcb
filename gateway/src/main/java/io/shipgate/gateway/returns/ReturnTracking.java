package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.shipment.ShipmentEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns follow their AWB's tracking: the one tracking pipeline (poller, carrier pushes) moves the return's tracker, and
 * its status change moves the return ({@link ReturnStatuses}) with a {@link ReturnEvent.StatusChanged}, in the same
 * transaction.
 */
@Component
class ReturnTracking {

    private final JdbcReturns returns;
    private final ApplicationEventPublisher events;

    ReturnTracking(JdbcReturns returns, ApplicationEventPublisher events) {
        this.returns = returns;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void tracked(ShipmentEvent.StatusChanged changed) {
        returns.lockByTracker(changed.tenantId(), changed.shipmentId()).ifPresent(r -> {
            boolean ownAwb = !r.trackerId().equals(r.shipmentId());
            TrackingStatus next = ReturnStatuses.of(changed.status(), ownAwb);
            if (!ReturnStatuses.advances(r.status(), next)) {
                return;
            }
            returns.moved(r.tenantId(), r.id(), next, changed.occurredAt());
            events.publishEvent(new ReturnEvent.StatusChanged(r.tenantId(), r.id(), r.shipmentId(), r.awb(), next, r.status(),
                    changed.occurredAt()));
        });
    }
}

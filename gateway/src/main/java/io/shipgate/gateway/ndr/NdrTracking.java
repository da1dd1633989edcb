package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.shipment.ShipmentEvent;
import io.shipgate.gateway.shipment.ShipmentOrders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Cases follow the shipment's tracking, in the transaction of the tracking change: a failed attempt raises a case or
 * updates the open one (the NDR job then evaluates the tenant's policies for it); going out for delivery again counts;
 * delivered, any RTO status or a cancellation closes the case.
 */
@Component
class NdrTracking {

    /** Entering any of these, the parcel goes back to its shipper: the case closes as returned_to_origin. */
    static final Set<TrackingStatus> RTO = EnumSet.of(TrackingStatus.RTO_REQUESTED, TrackingStatus.RTO_IN_TRANSIT,
            TrackingStatus.RTO_OUT_FOR_DELIVERY, TrackingStatus.RTO_DELIVERED, TrackingStatus.RTO_FAILED);
    private static final int MAX_REMARKS = 500;
    /** Failed attempts one case records; later ones of a runaway carrier feed are left out (the tracking timeline keeps them). */
    static final int MAX_ATTEMPTS = 50;

    private final JdbcNdrCases cases;
    private final ShipmentOrders orders;
    private final NdrProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NdrTracking(JdbcNdrCases cases, ShipmentOrders orders, NdrProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void failedAttempt(ShipmentEvent.FailedAttempt event) {
        ShipmentOrders.ShipmentOrder order = orders.find(event.tenantId(), event.shipmentId()).orElse(null);
        if (order == null) {
            return;
        }
        NdrReason reason = event.ndrReason() == null ? NdrReason.OTHER : event.ndrReason();
        Instant attemptedAt = event.attemptedAt() != null ? event.attemptedAt() : event.occurredAt();
        Instant deadline = attemptedAt.plus(properties.actionWindow(order.carrier()));
        String remarks = event.carrierText() == null || event.carrierText().length() <= MAX_REMARKS ? event.carrierText()
                : event.carrierText().substring(0, MAX_REMARKS);
        NdrCase open = cases.lockOpen(event.tenantId(), event.shipmentId()).orElse(null);
        if (open == null) {
            NdrCase raised = cases.raise(event.tenantId(), order, reason, event.carrierCode(), remarks, attemptedAt, deadline);
            events.publishEvent(new NdrEvent.Raised(raised.tenantId(), raised.id(), raised.shipmentId(), raised.awb(), raised.carrier(),
                    reason, 1, attemptedAt, deadline, clock.instant()));
            return;
        }
        if (open.attempts() >= MAX_ATTEMPTS) {
            return;
        }
        if (!cases.addAttempt(open.tenantId(), open.id(), open.attempts() + 1, reason, event.carrierCode(), remarks, attemptedAt)) {
            return; // this scan is an attempt of the case already
        }
        NdrCase updated = cases.attemptFailed(open, reason, event.carrierCode(), remarks, attemptedAt, deadline);
        events.publishEvent(new NdrEvent.Updated(updated.tenantId(), updated.id(), updated.shipmentId(), updated.awb(), updated.carrier(),
                reason, updated.attempts(), attemptedAt, updated.actionDeadline(), clock.instant()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void delivered(ShipmentEvent.Delivered event) {
        close(event.tenantId(), event.shipmentId(), "delivered");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(ShipmentEvent.Cancelled event) {
        close(event.tenantId(), event.shipmentId(), "cancelled");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void statusChanged(ShipmentEvent.StatusChanged event) {
        if (RTO.contains(event.status())) {
            close(event.tenantId(), event.shipmentId(), "returned_to_origin");
        } else if (event.status() == TrackingStatus.OUT_FOR_DELIVERY) {
            cases.outForDelivery(event.tenantId(), event.shipmentId());
        }
    }

    private void close(UUID tenantId, UUID shipmentId, String outcome) {
        cases.close(tenantId, shipmentId, outcome).ifPresent(c -> events.publishEvent(new NdrEvent.Closed(c.tenantId(), c.id(), c.shipmentId(),
                c.awb(), outcome, c.attempts(), clock.instant())));
    }
}

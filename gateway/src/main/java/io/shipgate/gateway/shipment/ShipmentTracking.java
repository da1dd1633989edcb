package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import org.slf4j.Logger;
import org.springframework.http.HttpStatus;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What the tracking feature reads of a shipment and may change on it: its status (with its
 * {@link ShipmentEvent.StatusChanged}), its delivery window, when it was delivered and when it was last tracked. The
 * {@code shipments} table is this module's: tracking goes through here.
 */
@Component
public class ShipmentTracking {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentTracking.class);

    private final ShipmentRepository shipments;
    private final ApplicationEventPublisher events;

    ShipmentTracking(ShipmentRepository shipments, ApplicationEventPublisher events) {
        this.shipments = shipments;
        this.events = events;
    }

    /** The tenant's shipment or tracker, or empty for an unknown or foreign id. */
    public Optional<ShipmentSnapshot> find(UUID tenantId, UUID shipmentId) {
        return shipments.trackable(tenantId, shipmentId);
    }

    /**
     * A refresh on request, at most one per {@code interval} per shipment (or tracker), on every node: throws a 404 for
     * an unknown or foreign id, a 429 with Retry-After when the last one was less than {@code interval} ago.
     */
    public void takeRefresh(UUID tenantId, UUID shipmentId, Instant now, Duration interval) {
        Instant last = shipments.takeRefresh(tenantId, shipmentId, now, interval)
                .orElseThrow(() -> ApiException.notFound("shipment " + shipmentId));
        if (!last.equals(Instant.MIN)) {
            Duration wait = Duration.between(now, last.plus(interval));
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(Problems.REFRESH_RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS, "shipment " + shipmentId
                    + " was refreshed less than " + interval.toSeconds() + " s ago; the poller keeps it fresh meanwhile (next_check_at)")
                    .retryAfter(Duration.ofSeconds(seconds));
        }
    }

    /** The shipment's status as stored now, its row locked until the transaction ends: one writer of its tracking at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TrackingStatus lockStatus(UUID tenantId, UUID shipmentId) {
        return shipments.lockStatus(tenantId, shipmentId);
    }

    /**
     * The shipment was tracked at {@code at}: its status moves from {@code from} to {@code to} (with its
     * event) when they differ. Its delivery window becomes the carrier's latest one, both days together, when
     * the carrier gave one that does not start before the ship date and the shipment is not delivered: once
     * delivered, the last estimate is kept (EDD accuracy is measured from it) and {@code deliveredAt} is set.
     *
     * @param ndrReason         why the delivery failed, when the carrier said so
     * @param estimatedDelivery the carrier's estimate now (the first day of its window), if any
     * @param latestDelivery    the last day of its window, if it gives one
     * @param deliveredAt       when it was delivered, when {@code to} is DELIVERED and the carrier says (else the stored time stays)
     * @param pushed            the carrier pushed it: a push that moved the status makes the next poll due now (pushes may carry
     *                          only a status; the poll brings the rest: delivery window, places); a terminal status ends polling
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tracked(ShipmentSnapshot shipment, TrackingStatus from, TrackingStatus to, NdrReason ndrReason, LocalDate estimatedDelivery,
                        LocalDate latestDelivery, Instant deliveredAt, Instant at, boolean pushed) {
        DeliveryWindow window = to == TrackingStatus.DELIVERED ? null
                : DeliveryWindow.of(shipment.ref().shipDate(), estimatedDelivery, latestDelivery);
        if (window == null && to != TrackingStatus.DELIVERED && (estimatedDelivery != null || latestDelivery != null)) {
            LOG.info("shipment {}: {}'s estimate {}..{} is before its ship date {}; not kept", shipment.id(), shipment.carrier(),
                    estimatedDelivery, latestDelivery, shipment.ref().shipDate());
        }
        int moved = shipments.tracked(shipment.tenantId(), shipment.id(), from, to, window, deliveredAt, at, pushed);
        if (to != from && moved == 1) {
            events.publishEvent(new ShipmentEvent.StatusChanged(shipment.tenantId(), shipment.id(), shipment.ref().awb(), to, from,
                    ndrReason, at));
        }
    }
}

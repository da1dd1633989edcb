package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
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
     * events: {@link ShipmentEvent.StatusChanged}, and {@link ShipmentEvent.Delivered}, {@link ShipmentEvent.FailedAttempt},
     * {@link ShipmentEvent.ReturnedToOrigin} or {@link ShipmentEvent.ExceptionOccurred} by where it went) when they differ. Its
     * delivery window becomes the carrier's latest one, both days together, when the carrier gave one that does not start
     * before the ship date and the shipment is not delivered: once delivered, the last estimate is kept (EDD accuracy is
     * measured from it) and {@code deliveredAt} is set. Its first delivery attempt is the earliest one ever reported.
     *
     * @param cause             the carrier's event that put it in {@code to}, when {@code to} came from this tracking
     * @param estimatedDelivery the carrier's estimate now (the first day of its window), if any
     * @param latestDelivery    the last day of that window, if it gives one
     * @param deliveredAt       when it was delivered, when {@code to} is DELIVERED and the carrier says (else the stored time stays)
     * @param attemptedAt       the earliest delivery or failed-delivery scan of this tracking, if any
     * @param pushed            the carrier pushed it: a push that moved the status makes the next poll due now (pushes may carry
     *                          only a status; the poll brings the rest: delivery window, places); a terminal status ends polling
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tracked(ShipmentSnapshot shipment, TrackingStatus from, TrackingStatus to, TrackingEvent cause, LocalDate estimatedDelivery,
                        LocalDate latestDelivery, Instant deliveredAt, Instant attemptedAt, Instant at, boolean pushed) {
        DeliveryWindow window = to == TrackingStatus.DELIVERED ? null
                : DeliveryWindow.of(shipment.ref().shipDate(), estimatedDelivery, latestDelivery);
        if (window == null && to != TrackingStatus.DELIVERED && (estimatedDelivery != null || latestDelivery != null)) {
            LOG.info("shipment {}: {}'s estimate {}..{} is before its ship date {}; not kept", shipment.id(), shipment.carrier(),
                    estimatedDelivery, latestDelivery, shipment.ref().shipDate());
        }
        Optional<ShipmentRepository.Attempts> moved = shipments.tracked(shipment.tenantId(), shipment.id(), from, to, window, deliveredAt,
                attemptedAt, at, pushed);
        if (to == from || moved.isEmpty()) {
            return;
        }
        UUID tenant = shipment.tenantId();
        String awb = shipment.ref().awb();
        NdrReason ndrReason = cause == null ? null : cause.ndrReason();
        Instant causeAt = cause == null ? null : cause.occurredAt().toInstant();
        events.publishEvent(new ShipmentEvent.StatusChanged(tenant, shipment.id(), awb, to, from, ndrReason, at));
        if (to == TrackingStatus.DELIVERED) {
            events.publishEvent(new ShipmentEvent.Delivered(tenant, shipment.id(), awb, from, moved.get().deliveredAt(),
                    moved.get().firstAttemptAt(), at));
        } else if (to == TrackingStatus.FAILED_DELIVERY) {
            events.publishEvent(new ShipmentEvent.FailedAttempt(tenant, shipment.id(), awb, from, ndrReason,
                    cause == null ? null : cause.carrierCode(), cause == null ? null : cause.carrierText(), causeAt, at));
        } else if (to == TrackingStatus.RTO_DELIVERED) {
            events.publishEvent(new ShipmentEvent.ReturnedToOrigin(tenant, shipment.id(), awb, from, causeAt, at));
        } else if (ShipmentEvent.ExceptionOccurred.STATUSES.contains(to)) {
            events.publishEvent(new ShipmentEvent.ExceptionOccurred(tenant, shipment.id(), awb, to, from,
                    cause == null ? null : cause.carrierCode(), cause == null ? null : cause.carrierText(), causeAt, at));
        }
    }
}

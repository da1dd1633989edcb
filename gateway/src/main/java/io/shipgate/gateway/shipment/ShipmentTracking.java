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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Locks the shipments' (and trackers') rows until the transaction ends, one writer of a shipment's tracking at a time, and
     * reads what tracking changes of them: their tracking then moves in memory ({@link Locked#tracked}), update after update,
     * and is written at once ({@link Locked#write}). Rows are locked in the order of their ids (see
     * {@link ShipmentRepository#lockTracked}). Throws when one of them is not stored (or not the tenant's).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Locked lockForTracking(Collection<ShipmentSnapshot> tracked) {
        Map<UUID, ShipmentSnapshot> byId = new LinkedHashMap<>();
        tracked.forEach(s -> byId.putIfAbsent(s.id(), s));
        List<ShipmentSnapshot> distinct = List.copyOf(byId.values());
        Map<UUID, ShipmentRepository.TrackedRow> rows = new HashMap<>();
        for (ShipmentRepository.TrackedRow row : shipments.lockTracked(distinct.stream().map(ShipmentSnapshot::tenantId).toList(),
                distinct.stream().map(ShipmentSnapshot::id).toList())) {
            rows.put(row.id(), row);
        }
        for (ShipmentSnapshot s : distinct) {
            if (!rows.containsKey(s.id()) || !rows.get(s.id()).tenantId().equals(s.tenantId())) {
                throw new IllegalStateException("shipment " + s.id() + " of tenant " + s.tenantId() + " is not stored");
            }
        }
        return new Locked(rows);
    }

    /**
     * Shipments locked for tracking ({@link #lockForTracking}) in this transaction: each {@link #tracked} applies one tracking
     * update to a shipment's row in memory, exactly as one UPDATE per update would, in the order they are applied; {@link #write}
     * stores every changed row in one batch and then publishes the events of each status change, in that order.
     */
    public final class Locked {

        private final Map<UUID, ShipmentRepository.TrackedRow> rows;
        private final Set<UUID> changed = new LinkedHashSet<>();
        private final List<ShipmentEvent> moves = new ArrayList<>();
        private Instant at;

        private Locked(Map<UUID, ShipmentRepository.TrackedRow> rows) {
            this.rows = rows;
        }

        /** The shipment's status: as stored when locked, then as the updates applied so far left it. */
        public TrackingStatus status(UUID shipmentId) {
            return row(shipmentId).status();
        }

        /**
         * The shipment was tracked at {@code at}: its status moves to {@code to} (with its events: {@link ShipmentEvent.StatusChanged},
         * and {@link ShipmentEvent.Delivered}, {@link ShipmentEvent.FailedAttempt}, {@link ShipmentEvent.ReturnedToOrigin} or
         * {@link ShipmentEvent.ExceptionOccurred} by where it went) when it differs. Its delivery window becomes the carrier's
         * latest one, both days together, when the carrier gave one that does not start before the ship date and the shipment is
         * not delivered: once delivered, the last estimate is kept (EDD accuracy is measured from it) and {@code deliveredAt} is
         * set. Its first delivery attempt is the earliest one ever reported.
         *
         * @param cause             the carrier's event that put it in {@code to}, when {@code to} came from this tracking
         * @param failedAttempts    the failed-delivery scans this tracking stored new: each one is a {@link ShipmentEvent.FailedAttempt},
         *                          also one the status passed over (a poll that brings a failed attempt and the next day's
         *                          out-for-delivery scan) or one while the status stays FAILED_DELIVERY (a second attempt failed)
         * @param estimatedDelivery the carrier's estimate now (the first day of its window), if any
         * @param latestDelivery    the last day of that window, if it gives one
         * @param deliveredAt       when it was delivered, when {@code to} is DELIVERED and the carrier says (else the stored time stays)
         * @param attemptedAt       the earliest delivery or failed-delivery scan of this tracking, if any
         * @param pushed            the carrier pushed it: a push that moved the status makes the next poll due now (pushes may carry
         *                          only a status; the poll brings the rest: delivery window, places); a terminal status ends polling
         */
        public void tracked(ShipmentSnapshot shipment, TrackingStatus to, TrackingEvent cause, List<TrackingEvent> failedAttempts,
                            LocalDate estimatedDelivery,
                            LocalDate latestDelivery, Instant deliveredAt, Instant attemptedAt, Instant at, boolean pushed) {
            ShipmentRepository.TrackedRow row = row(shipment.id());
            TrackingStatus from = row.status();
            DeliveryWindow window = to == TrackingStatus.DELIVERED ? null
                    : DeliveryWindow.of(shipment.ref().shipDate(), estimatedDelivery, latestDelivery);
            if (window == null && to != TrackingStatus.DELIVERED && (estimatedDelivery != null || latestDelivery != null)) {
                LOG.info("shipment {}: {}'s estimate {}..{} is before its ship date {}; not kept", shipment.id(), shipment.carrier(),
                        estimatedDelivery, latestDelivery, shipment.ref().shipDate());
            }
            Instant firstAttempt = row.firstAttemptAt() == null ? attemptedAt
                    : attemptedAt == null || row.firstAttemptAt().isBefore(attemptedAt) ? row.firstAttemptAt() : attemptedAt;
            ShipmentRepository.TrackedRow moved = new ShipmentRepository.TrackedRow(row.tenantId(), row.id(), to,
                    window != null ? window.estimated() : row.estimatedDelivery(), window != null ? window.latest() : row.latestDelivery(),
                    to == TrackingStatus.DELIVERED ? (deliveredAt != null ? deliveredAt : row.deliveredAt()) : null, firstAttempt,
                    to != from ? at : row.updatedAt(),
                    // terminal: never polled again; a push that moved the status: polled now, for what pushes leave out
                    to.terminal() ? null : pushed && to != from ? at : row.nextCheckAt());
            rows.put(row.id(), moved);
            changed.add(row.id());
            this.at = at;
            UUID tenant = shipment.tenantId();
            String awb = shipment.ref().awb();
            boolean movedToFailed = to == TrackingStatus.FAILED_DELIVERY && to != from;
            failedAttempts.stream()
                    // the attempt that moved the status has its event below, beside its status change
                    .filter(e -> !(movedToFailed && e.equals(cause)))
                    .sorted(Comparator.comparing(TrackingEvent::occurredAt))
                    .forEach(e -> moves.add(new ShipmentEvent.FailedAttempt(tenant, shipment.id(), awb, from, e.ndrReason(), e.carrierCode(),
                            e.carrierText(), e.occurredAt().toInstant(), at)));
            if (to == from) {
                return;
            }
            NdrReason ndrReason = cause == null ? null : cause.ndrReason();
            Instant causeAt = cause == null ? null : cause.occurredAt().toInstant();
            moves.add(new ShipmentEvent.StatusChanged(tenant, shipment.id(), awb, to, from, ndrReason, at));
            if (to == TrackingStatus.DELIVERED) {
                moves.add(new ShipmentEvent.Delivered(tenant, shipment.id(), awb, from, moved.deliveredAt(), moved.firstAttemptAt(), at));
            } else if (to == TrackingStatus.FAILED_DELIVERY) {
                moves.add(new ShipmentEvent.FailedAttempt(tenant, shipment.id(), awb, from, ndrReason,
                        cause == null ? null : cause.carrierCode(), cause == null ? null : cause.carrierText(), causeAt, at));
            } else if (to == TrackingStatus.RTO_DELIVERED) {
                moves.add(new ShipmentEvent.ReturnedToOrigin(tenant, shipment.id(), awb, from, causeAt, at));
            } else if (ShipmentEvent.ExceptionOccurred.STATUSES.contains(to)) {
                moves.add(new ShipmentEvent.ExceptionOccurred(tenant, shipment.id(), awb, to, from,
                        cause == null ? null : cause.carrierCode(), cause == null ? null : cause.carrierText(), causeAt, at));
            }
        }

        /** Stores the tracked rows (one batch), then publishes the status changes' events in the order they happened. */
        public void write() {
            if (changed.isEmpty()) {
                return;
            }
            shipments.writeTracked(changed.stream().map(rows::get).toList(), at);
            moves.forEach(events::publishEvent);
            changed.clear();
            moves.clear();
        }

        private ShipmentRepository.TrackedRow row(UUID shipmentId) {
            ShipmentRepository.TrackedRow row = rows.get(shipmentId);
            if (row == null) {
                throw new IllegalStateException("shipment " + shipmentId + " was not locked for tracking");
            }
            return row;
        }
    }
}

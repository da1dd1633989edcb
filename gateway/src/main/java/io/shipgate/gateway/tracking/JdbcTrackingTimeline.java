package io.shipgate.gateway.tracking;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.shipment.ShipmentEvent;
import io.shipgate.gateway.shipment.ShipmentTracking;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.TrackingTimeline;
import io.shipgate.routes.tracking.TrackingUpdate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Shipments' tracking timelines in PostgreSQL ({@code tracking_events}), for the routes: new events
 * stored once, and the shipment's status moved where its timeline leads ({@link TrackingStatusPolicy}),
 * through the shipment feature ({@link ShipmentTracking}), in one transaction per call: one update (a poll), or a batch of
 * them (the push intake's), with a fixed number of statements whatever the batch's size. A cancelled shipment
 * gets its CANCELLED entry from its {@link ShipmentEvent.Cancelled}.
 */
@Component
class JdbcTrackingTimeline implements TrackingTimeline {

    /** Carrier events whose code the adapter does not know yet, by carrier and code: each one is a status-map gap. */
    static final String UNKNOWN_STATUS = "shipgate.tracking.unknown.status";
    /** Carrier events dated too far ahead of their receipt to drive the status, by carrier: a carrier's clock or time zone is off. */
    static final String FUTURE_DATED = "shipgate.tracking.future.dated";

    /** The scans that are a delivery attempt. */
    private static final Set<TrackingStatus> ATTEMPTS = EnumSet.of(TrackingStatus.DELIVERED, TrackingStatus.FAILED_DELIVERY);

    private final TrackingEventRepository events;
    private final ShipmentTracking shipments;
    private final Clock clock;
    private final MeterRegistry meters;

    JdbcTrackingTimeline(TrackingEventRepository events, ShipmentTracking shipments, Clock clock, MeterRegistry meters) {
        this.events = events;
        this.shipments = shipments;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    @Transactional
    public void record(TrackingUpdate update) {
        record(List.of(update));
    }

    /**
     * The updates in one transaction, in their order, each exactly as if it were recorded alone after the ones before it:
     * the shipments are locked at once (in the order of their ids), the events of all updates are stored in one statement
     * (the first of the same event stored, with the source that brought it), the timelines read in one query, and each
     * update's status move is decided on its shipment's timeline as it was after that update (the events later updates
     * stored left out), with its events for merchants; the shipments are then written in one batch.
     */
    @Override
    @Transactional
    public void record(List<TrackingUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // the statuses as stored now (a push may carry one AWB twice, a poll may run beside a push), locked until commit
        ShipmentTracking.Locked locked = shipments.lockForTracking(updates.stream().map(TrackingUpdate::shipment).toList());
        List<TrackingEventRepository.NewEvent> all = new ArrayList<>();
        int[] firstOf = new int[updates.size() + 1];
        for (int u = 0; u < updates.size(); u++) {
            TrackingUpdate update = updates.get(u);
            firstOf[u] = all.size();
            TrackingEventRepository.Source source = update.source() == TrackingUpdate.Source.WEBHOOK
                    ? TrackingEventRepository.Source.WEBHOOK : TrackingEventRepository.Source.POLL;
            update.tracking().events().forEach(e -> all.add(new TrackingEventRepository.NewEvent(update.shipment().tenantId(),
                    update.shipment().id(), e, source)));
        }
        firstOf[updates.size()] = all.size();
        Map<Integer, Long> inserted = events.insertNew(all);
        // per shipment, the rows stored by updates not applied yet: each update sees its shipment's timeline as it was after it
        Map<UUID, Set<Long>> notYet = new HashMap<>();
        inserted.forEach((i, id) -> notYet.computeIfAbsent(all.get(i).shipmentId(), s -> new HashSet<>()).add(id));
        Map<UUID, ShipmentSnapshot> distinct = new LinkedHashMap<>();
        updates.forEach(u -> distinct.putIfAbsent(u.shipment().id(), u.shipment()));
        Map<UUID, List<TrackingEventRepository.TimelineStep>> timelines = events.statusTimelines(
                distinct.values().stream().map(ShipmentSnapshot::tenantId).toList(), List.copyOf(distinct.keySet()));
        for (int u = 0; u < updates.size(); u++) {
            TrackingUpdate update = updates.get(u);
            ShipmentSnapshot shipment = update.shipment();
            TrackingResult tracking = update.tracking();
            List<TrackingEvent> stored = new ArrayList<>();
            Set<Long> pending = notYet.getOrDefault(shipment.id(), Set.of());
            for (int i = firstOf[u]; i < firstOf[u + 1]; i++) {
                Long id = inserted.get(i);
                if (id != null) {
                    stored.add(all.get(i).event());
                    pending.remove(id);
                }
            }
            stored.stream().filter(e -> e.status() == TrackingStatus.UNKNOWN).forEach(e -> meters.counter(UNKNOWN_STATUS,
                    "carrier", shipment.carrier(), "code", String.valueOf(e.carrierCode())).increment());
            stored.stream().filter(e -> events.datedAhead(e, now)).forEach(e -> meters.counter(FUTURE_DATED, "carrier", shipment.carrier()).increment());
            // the timeline in the order it happened decides, whatever order polls and pushes arrive in; terminal statuses end it
            List<TrackingStatusPolicy.Step> timeline = timelines.getOrDefault(shipment.id(), List.of()).stream()
                    .filter(step -> !pending.contains(step.id())).map(TrackingEventRepository.TimelineStep::step).toList();
            TrackingStatus next = TrackingStatusPolicy.follow(locked.status(shipment.id()), timeline);
            // the event that put it there: the latest of this tracking with that status
            TrackingEvent cause = tracking.events().stream().filter(e -> e.status() == next)
                    .max(Comparator.comparing(TrackingEvent::occurredAt)).orElse(null);
            // when it was delivered: the carrier's word, else its latest delivery scan in this answer (else the stored time stays)
            OffsetDateTime deliveredAt = tracking.deliveredAt() != null ? tracking.deliveredAt() : tracking.events().stream()
                    .filter(e -> e.status() == TrackingStatus.DELIVERED).map(TrackingEvent::occurredAt).reduce((a, b) -> b).orElse(null);
            // when the carrier first tried to deliver: its earliest delivery or failed-delivery scan (one dated ahead does not count)
            Instant attemptedAt = stored.stream().filter(e -> ATTEMPTS.contains(e.status()) && !events.datedAhead(e, now))
                    .map(e -> e.occurredAt().toInstant()).min(Comparator.naturalOrder()).orElse(null);
            // every new failed-delivery scan is news for the merchant, also one the status passed over within this update
            List<TrackingEvent> failedAttempts = stored.stream()
                    .filter(e -> e.status() == TrackingStatus.FAILED_DELIVERY && !events.datedAhead(e, now)).toList();
            locked.tracked(shipment, next, cause, failedAttempts, tracking.estimatedDelivery(), tracking.latestDelivery(),
                    deliveredAt == null ? null : deliveredAt.toInstant(), attemptedAt, now,
                    // a push (processed by the push intake, or matched later) that moved the status makes the next poll due now
                    update.source() == TrackingUpdate.Source.WEBHOOK);
        }
        locked.write();
    }

    /** A cancellation is part of the timeline, in the transaction that cancelled the shipment. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(ShipmentEvent.Cancelled cancelled) {
        events.insertNew(List.of(new TrackingEventRepository.NewEvent(cancelled.tenantId(), cancelled.shipmentId(),
                new TrackingEvent(TrackingStatus.CANCELLED, null, "CANCELLED",
                        cancelled.carrierMessage() == null ? "Cancelled by the merchant" : cancelled.carrierMessage(), null,
                        cancelled.occurredAt().atOffset(ZoneOffset.UTC)), TrackingEventRepository.Source.GATEWAY)));
    }

    /** An RTO the merchant asked for (a cancellation after pickup) is part of the timeline, in the transaction that recorded it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void rtoRequested(ShipmentEvent.RtoRequested requested) {
        events.insertNew(List.of(new TrackingEventRepository.NewEvent(requested.tenantId(), requested.shipmentId(),
                new TrackingEvent(TrackingStatus.RTO_REQUESTED, null, "RTO_REQUESTED",
                        requested.carrierMessage() == null ? "Return to origin requested by the merchant" : requested.carrierMessage(), null,
                        requested.occurredAt().atOffset(ZoneOffset.UTC)), TrackingEventRepository.Source.GATEWAY)));
    }
}

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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * Shipments' tracking timelines in PostgreSQL ({@code tracking_events}), for the routes: new events
 * stored once, and the shipment's status moved where its timeline leads ({@link TrackingStatusPolicy}),
 * through the shipment feature ({@link ShipmentTracking}), in one transaction. A cancelled shipment
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
        ShipmentSnapshot shipment = update.shipment();
        TrackingResult tracking = update.tracking();
        Instant now = clock.instant();
        // the status as stored now (a push may carry one AWB twice, a poll may run beside a push), locked until commit
        TrackingStatus current = shipments.lockStatus(shipment.tenantId(), shipment.id());
        List<TrackingEvent> stored = events.insertNew(shipment.tenantId(), shipment.id(), tracking.events(),
                update.source() == TrackingUpdate.Source.WEBHOOK ? TrackingEventRepository.Source.WEBHOOK : TrackingEventRepository.Source.POLL);
        stored.stream().filter(e -> e.status() == TrackingStatus.UNKNOWN).forEach(e -> meters.counter(UNKNOWN_STATUS,
                "carrier", shipment.carrier(), "code", String.valueOf(e.carrierCode())).increment());
        stored.stream().filter(e -> events.datedAhead(e, now)).forEach(e -> meters.counter(FUTURE_DATED, "carrier", shipment.carrier()).increment());
        // the timeline in the order it happened decides, whatever order polls and pushes arrive in; terminal statuses end it
        TrackingStatus next = TrackingStatusPolicy.follow(current, events.statusTimeline(shipment.tenantId(), shipment.id()));
        // the event that put it there: the latest of this tracking with that status
        TrackingEvent cause = tracking.events().stream().filter(e -> e.status() == next)
                .max(Comparator.comparing(TrackingEvent::occurredAt)).orElse(null);
        // when it was delivered: the carrier's word, else its latest delivery scan in this answer (else the stored time stays)
        OffsetDateTime deliveredAt = tracking.deliveredAt() != null ? tracking.deliveredAt() : tracking.events().stream()
                .filter(e -> e.status() == TrackingStatus.DELIVERED).map(TrackingEvent::occurredAt).reduce((a, b) -> b).orElse(null);
        // when the carrier first tried to deliver: its earliest delivery or failed-delivery scan (one dated ahead does not count)
        Instant attemptedAt = stored.stream().filter(e -> ATTEMPTS.contains(e.status()) && !events.datedAhead(e, now))
                .map(e -> e.occurredAt().toInstant()).min(Comparator.naturalOrder()).orElse(null);
        shipments.tracked(shipment, current, next, cause, tracking.estimatedDelivery(), tracking.latestDelivery(),
                deliveredAt == null ? null : deliveredAt.toInstant(), attemptedAt, now,
                // a push (processed by the push intake, or matched later) that moved the status makes the next poll due now
                update.source() == TrackingUpdate.Source.WEBHOOK);
    }

    /** A cancellation is part of the timeline, in the transaction that cancelled the shipment. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(ShipmentEvent.Cancelled cancelled) {
        events.insertNew(cancelled.tenantId(), cancelled.shipmentId(), List.of(new TrackingEvent(TrackingStatus.CANCELLED, null, "CANCELLED",
                cancelled.carrierMessage() == null ? "Cancelled by the merchant" : cancelled.carrierMessage(), null,
                cancelled.occurredAt().atOffset(ZoneOffset.UTC))), TrackingEventRepository.Source.GATEWAY);
    }
}

package io.shipgate.gateway.lanes;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.shipment.ShipmentEvent;
import io.shipgate.gateway.shipment.ShipmentOutcome;
import io.shipgate.gateway.shipment.ShipmentOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Learns from each shipment that finishes, in the transaction of the tracking change that finishes it: delivered
 * ({@link ShipmentEvent.Delivered}) or gone back to its shipper (the status change into an RTO status). One update of
 * its lane's row, once per shipment however often its end is reported again.
 */
@Component
class LaneLearner {

    private static final Logger LOG = LoggerFactory.getLogger(LaneLearner.class);
    /** Entering any of these, the shipment is on its way back: its lane counts a return to origin. */
    static final Set<TrackingStatus> RTO = EnumSet.of(TrackingStatus.RTO_REQUESTED, TrackingStatus.RTO_IN_TRANSIT,
            TrackingStatus.RTO_OUT_FOR_DELIVERY, TrackingStatus.RTO_DELIVERED, TrackingStatus.RTO_FAILED);

    private final ShipmentOutcomes outcomes;
    private final LaneStats stats;
    private final BusinessCalendars calendars;
    private final LaneProperties properties;

    LaneLearner(ShipmentOutcomes outcomes, LaneStats stats, BusinessCalendars calendars, LaneProperties properties) {
        this.outcomes = outcomes;
        this.stats = stats;
        this.calendars = calendars;
        this.properties = properties;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void delivered(ShipmentEvent.Delivered event) {
        learn(event.tenantId(), event.shipmentId(), event.deliveredAt() != null ? event.deliveredAt() : event.occurredAt(), true);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void statusChanged(ShipmentEvent.StatusChanged event) {
        if (RTO.contains(event.status()) && !RTO.contains(event.previousStatus())) {
            learn(event.tenantId(), event.shipmentId(), event.occurredAt(), false);
        }
    }

    private void learn(UUID tenantId, UUID shipmentId, Instant finishedAt, boolean delivered) {
        ShipmentOutcome s = outcomes.find(tenantId, shipmentId).orElse(null);
        if (s == null || s.originCountry() == null || s.destinationCountry() == null || s.shipDate() == null) {
            return; // a tracker: no lane to learn
        }
        FinishedShipment finished;
        try {
            finished = finished(s, finishedAt, delivered);
        } catch (IllegalArgumentException e) {
            LOG.warn("shipment {}: not learned from ({})", shipmentId, e.getMessage());
            return;
        }
        if (stats.markCounted(tenantId, shipmentId, finishedAt)) {
            stats.add(finished, properties.halfLife());
        }
    }

    /** What the learner sees of a finished shipment (visible for tests and the backtest's generator). */
    FinishedShipment finished(ShipmentOutcome s, Instant finishedAt, boolean delivered) {
        Lane lane = Lane.of(s.carrier(), s.service(), s.originCountry(), s.originPostalCode(), s.destinationCountry(),
                s.destinationPostalCode());
        Integer transit = null;
        Boolean onTime = null;
        boolean firstAttempt = false;
        int failedAttempts;
        if (delivered) {
            LocalDate deliveredOn = LocalDate.ofInstant(finishedAt, CountryZones.of(s.destinationCountry()));
            transit = Math.max(0, calendars.of(s.destinationCountry()).businessDaysBetween(s.shipDate(), deliveredOn));
            onTime = s.promisedDelivery() == null ? null : !deliveredOn.isAfter(s.promisedDelivery());
            // the first attempt is the delivery itself unless an attempt was reported before it
            firstAttempt = s.firstAttemptAt() == null || !s.firstAttemptAt().isBefore(finishedAt);
            failedAttempts = firstAttempt ? 0 : 1;
        } else {
            failedAttempts = s.firstAttemptAt() == null ? 0 : 1;
        }
        return new FinishedShipment(s.tenantId(), lane, s.shipDate(), finishedAt, delivered, !delivered, failedAttempts, firstAttempt,
                transit, s.promisedDelivery(), onTime);
    }
}

package io.shipgate.gateway.lanes;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.shipment.ShipmentHistory;
import io.shipgate.gateway.shipment.ShipmentOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Lane learning from stored history rather than from tracking as it happens: the tenant's finished shipments (those
 * bought in a period, read through the shipment module) recorded into {@code lane_stats} the way {@link LaneLearner}
 * records a shipment that finishes, each once ({@code lane_stats_shipments}), so the live EDD answers from them. The
 * demo history generator calls it after storing its shipments; {@code java -jar gateway.jar lanes rebuild} too. And
 * what the learner sees of a finished shipment, for the backtest, which must learn as the live EDD does.
 */
@Component
public class LaneRebuild {

    private final ShipmentHistory history;
    private final LaneLearner learner;
    private final LaneStats stats;
    private final LaneProperties properties;

    LaneRebuild(ShipmentHistory history, LaneLearner learner, LaneStats stats, LaneProperties properties) {
        this.history = history;
        this.learner = learner;
        this.stats = stats;
        this.properties = properties;
    }

    /** The live learner's settings (half-life, smoothing, zone defaults): what a backtest replays with. */
    public LaneBook.Settings settings() {
        return properties.settings();
    }

    /**
     * What the live learner ({@link LaneLearner#finished}) records of a shipment that finished at {@code finishedAt}:
     * delivered, or (false) turned back to its origin; with these calendars, outside the application too (the backtest).
     */
    public static FinishedShipment finished(BusinessCalendars calendars, ShipmentOutcome shipment, Instant finishedAt, boolean delivered) {
        return new LaneLearner(null, null, calendars, null).finished(shipment, finishedAt, delivered);
    }

    /**
     * Records the tenant's finished shipments bought from {@code from} and before {@code to} that are not counted yet,
     * in one transaction; returns how many were recorded.
     */
    @Transactional
    public long rebuild(UUID tenantId, Instant from, Instant to) {
        long[] recorded = {0};
        java.util.List<ShipmentHistory.FinishedView> finished = new java.util.ArrayList<>();
        history.finished(tenantId, from, to, finished::add);
        for (ShipmentHistory.FinishedView v : finished) {
            boolean delivered = v.status() == TrackingStatus.DELIVERED;
            Instant at = delivered ? v.deliveredAt() : v.finishedAt();
            FinishedShipment shipment;
            try {
                shipment = learner.finished(outcome(tenantId, v), at, delivered);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (stats.markCounted(tenantId, v.id(), at)) {
                stats.add(shipment, properties.halfLife(), properties.transitHalfLife());
                recorded[0]++;
            }
        }
        return recorded[0];
    }

    /** The zone a country's local dates (of a delivery, of a purchase) are read in, as the learner and the EDD read them. */
    public static java.time.ZoneId zone(String country) {
        return CountryZones.of(country);
    }

    /** A finished shipment as lane learning reads it. */
    public static ShipmentOutcome outcome(UUID tenantId, ShipmentHistory.FinishedView v) {
        return new ShipmentOutcome(tenantId, v.id(), v.carrier(), v.service(), v.originCountry(), v.originPostalCode(), v.destinationCountry(),
                v.destinationPostalCode(), v.shipDate(), v.promisedDate(), v.firstAttemptAt(), v.deliveredAt(), v.status());
    }
}

package io.shipgate.gateway.lanes;

import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.gateway.edd.EddSource;
import io.shipgate.gateway.edd.TransitDistribution;
import io.shipgate.gateway.edd.ZoneDefaults;
import io.shipgate.gateway.edd.ZoneKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one tenant's finished shipments teach, in memory (pure: no Spring, no database; the backtest replays history
 * through it, the gateway keeps one per tenant). Kept per lane (and per carrier over all its services on the lane), per
 * carrier service over all its lanes of the same {@link ZoneKind}, and per carrier over all its services of each zone
 * kind: decayed outcome counters (finished, delivered, RTO, NDR, first-attempt success, on-time) and a transit histogram
 * in business days (0..30, the last for 30 or more).
 *
 * <p><b>Decay</b>: a shipment that finished t ago weighs {@code 2^(-t / halfLife)} in the outcome counters and
 * {@code 2^(-t / transitHalfLife)} in the transit histogram (shorter: transit follows step changes within weeks);
 * applied lazily ({@link LaneTally}).
 *
 * <p><b>Smoothing</b>: each level is pulled toward the next wider one with the weight of k pseudo-shipments: a level
 * with n (decayed) shipments contributes {@code n / (n + k)} and its parent estimate {@code k / (n + k)}. Transit: lane,
 * then carrier service (same zone kind), then carrier (same zone kind), then the zone default. Reliability: lane, then
 * carrier service (same zone kind), then carrier (all its lanes), then the neutral prior.
 *
 * <p>{@link #record} changes the tallies in place: one thread only (the backtest's), or copy ({@link #copy()}) and
 * publish the copy. The gateway's book is changed by {@link #replace} instead, which swaps in new tallies and never
 * changes one a reader may hold: one writer, any number of readers.
 */
public final class LaneBook {

    /**
     * @param halfLife     the time after which a finished shipment weighs half in the outcome counters (e.g. 60 days)
     * @param transitHalfLife the same for the transit histogram (e.g. 7 days: transit times change faster than rates)
     * @param smoothing    k: the pseudo-shipments of the wider average a lane's own figures are weighed against (e.g. 20)
     * @param zoneDefaults the transit days where there is no history
     * @param prior        the neutral reliability where there is no history at all (its shipments and laneShare unused)
     */
    public record Settings(Duration halfLife, Duration transitHalfLife, double smoothing, ZoneDefaults zoneDefaults, LaneReliability prior) {
        public Settings {
            Objects.requireNonNull(halfLife, "halfLife");
            Objects.requireNonNull(transitHalfLife, "transitHalfLife");
            if (transitHalfLife.isNegative() || transitHalfLife.isZero()) {
                throw new IllegalArgumentException("transitHalfLife must be positive, was " + transitHalfLife);
            }
            Objects.requireNonNull(zoneDefaults, "zoneDefaults");
            Objects.requireNonNull(prior, "prior");
            if (halfLife.isNegative() || halfLife.isZero()) {
                throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
            }
            if (!(smoothing > 0) || Double.isInfinite(smoothing)) {
                throw new IllegalArgumentException("smoothing must be positive, was " + smoothing);
            }
        }

        /** Half-life 60 days, transit half-life 7 days, k = 20, the built-in zone defaults, the neutral prior {@link #NEUTRAL}. */
        public static Settings defaults() {
            return new Settings(Duration.ofDays(60), DEFAULT_TRANSIT_HALF_LIFE, 20, ZoneDefaults.standard(), NEUTRAL);
        }

        /** Both half-lives (counters and transit) the same. */
        public Settings withHalfLife(Duration halfLife) {
            return new Settings(halfLife, halfLife, smoothing, zoneDefaults, prior);
        }

        public Settings withTransitHalfLife(Duration transitHalfLife) {
            return new Settings(halfLife, transitHalfLife, smoothing, zoneDefaults, prior);
        }

        public Settings withSmoothing(double smoothing) {
            return new Settings(halfLife, transitHalfLife, smoothing, zoneDefaults, prior);
        }
    }

    /** The default half-life of the transit histogram (shipgate.lanes.transit-half-life). */
    public static final Duration DEFAULT_TRANSIT_HALF_LIFE = Duration.ofDays(7);

    /** The prior of a carrier without history: the same for every carrier, so it ranks none above another. */
    public static final LaneReliability NEUTRAL = new LaneReliability(0, 0.95, 0.03, 0.10, 0.85, 0.85, 0);

    /** A carrier service (or with {@link Lane#ANY_SERVICE}, the carrier) over all its lanes of one zone kind. */
    private record ServiceZone(String carrier, String service, ZoneKind zone) {
    }

    private final Settings settings;
    private final Map<Lane, LaneTally> lanes;
    private final Map<ServiceZone, LaneTally> services;

    public LaneBook(Settings settings) {
        this(settings, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private LaneBook(Settings settings, Map<Lane, LaneTally> lanes, Map<ServiceZone, LaneTally> services) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lanes = lanes;
        this.services = services;
    }

    public Settings settings() {
        return settings;
    }

    /** A deep copy, to publish to readers while this one goes on recording. */
    public LaneBook copy() {
        Map<Lane, LaneTally> l = new ConcurrentHashMap<>(lanes.size() * 2);
        lanes.forEach((k, v) -> l.put(k, v.copy()));
        Map<ServiceZone, LaneTally> s = new ConcurrentHashMap<>(services.size() * 2);
        services.forEach((k, v) -> s.put(k, v.copy()));
        return new LaneBook(settings, l, s);
    }

    /** Learns from one finished shipment (in any order of finishing times; each counts from its own). */
    public void record(FinishedShipment shipment) {
        Lane lane = shipment.lane();
        Duration halfLife = settings.halfLife();
        Duration transitHalfLife = settings.transitHalfLife();
        ZoneKind zone = zone(lane);
        tally(lanes, lane).add(shipment, halfLife, transitHalfLife);
        tally(services, new ServiceZone(lane.carrier(), lane.service(), zone)).add(shipment, halfLife, transitHalfLife);
        if (!lane.service().equals(Lane.ANY_SERVICE)) {
            tally(lanes, anyService(lane)).add(shipment, halfLife, transitHalfLife);
            tally(services, new ServiceZone(lane.carrier(), Lane.ANY_SERVICE, zone)).add(shipment, halfLife, transitHalfLife);
        }
    }

    /**
     * Puts a lane's stored tally (the database's row, as of its decayedTo) in place of what the book had for the lane,
     * and moves the wider levels by the difference. Idempotent: the same row again changes nothing. One writer at a time.
     */
    void replace(Lane lane, LaneTally stored) {
        if (lane.service().equals(Lane.ANY_SERVICE)) {
            throw new IllegalArgumentException("a stored lane has a service");
        }
        ZoneKind zone = zone(lane);
        LaneTally old = lanes.get(lane);
        lanes.put(lane, stored.copy());
        moveBy(lanes, anyService(lane), stored, old);
        moveBy(services, new ServiceZone(lane.carrier(), lane.service(), zone), stored, old);
        moveBy(services, new ServiceZone(lane.carrier(), Lane.ANY_SERVICE, zone), stored, old);
    }

    private <K> void moveBy(Map<K, LaneTally> map, K key, LaneTally added, LaneTally removed) {
        LaneTally current = map.get(key);
        LaneTally next = current == null ? new LaneTally() : current.copy();
        next.plus(added, 1, settings.halfLife(), settings.transitHalfLife());
        if (removed != null) {
            next.plus(removed, -1, settings.halfLife(), settings.transitHalfLife());
        }
        map.put(key, next);
    }

    /** The services of the carrier with finished shipments on lanes of this zone kind. */
    public Set<String> services(String carrier, ZoneKind zone) {
        Set<String> found = new TreeSet<>();
        services.keySet().forEach(k -> {
            if (k.carrier().equals(carrier) && k.zone() == zone && !k.service().equals(Lane.ANY_SERVICE)) {
                found.add(k.service());
            }
        });
        return found;
    }

    /** The number of lanes with a tally (each carrier's all-services lanes included). */
    public int size() {
        return lanes.size();
    }

    /** The transit time of a lane as of a time, the service level guessed from its code for the zone default. */
    public LaneTransit transit(Lane lane, Instant asOf) {
        return transit(lane, null, asOf);
    }

    /**
     * The transit time of a lane as of a time (shipments finished after it are not known to be: the caller records in
     * time order); level: the service's level for the zone default (null: guessed from its code).
     */
    public LaneTransit transit(Lane lane, ServiceLevel level, Instant asOf) {
        ZoneKind zone = zone(lane);
        ServiceLevel lvl = level != null ? level : ZoneDefaults.guessLevel(lane.service());
        TransitDistribution estimate = settings.zoneDefaults().distribution(zone, lvl);
        EddSource source = EddSource.ZONE_DEFAULT;
        double k = settings.smoothing();
        LaneTally carrier = services.get(new ServiceZone(lane.carrier(), Lane.ANY_SERVICE, zone));
        LaneTally service = lane.service().equals(Lane.ANY_SERVICE) ? null : services.get(new ServiceZone(lane.carrier(), lane.service(), zone));
        LaneTally own = lanes.get(lane);
        double laneShipments = 0;
        for (LaneTally tally : new LaneTally[]{carrier, service, own}) {
            if (tally == null) {
                continue;
            }
            double n = tally.transitCount() * tally.factor(asOf, settings.transitHalfLife());
            if (!(n > 0)) {
                continue;
            }
            estimate = TransitDistribution.mix(TransitDistribution.of(tally.transit), n / (n + k), estimate);
            if (tally == own) {
                source = EddSource.LANE_HISTORY;
                laneShipments = n;
            } else {
                source = EddSource.CARRIER_AVERAGE;
            }
        }
        return new LaneTransit(estimate, source, laneShipments, laneShipments / (laneShipments + k));
    }

    /** The reliability of a lane as of a time: the lane, then the carrier service (same zone kind), the carrier, the prior. */
    public LaneReliability reliability(Lane lane, Instant asOf) {
        ZoneKind zone = zone(lane);
        Duration halfLife = settings.halfLife();
        LaneReliability prior = settings.prior();
        double[] rates = {prior.deliverySuccess(), prior.rtoRate(), prior.ndrRate(), prior.firstAttemptSuccess(), prior.onTimeRate()};
        double[] carrier = new double[LaneTally.COUNTERS];
        for (ZoneKind z : ZoneKind.values()) {
            LaneTally t = services.get(new ServiceZone(lane.carrier(), Lane.ANY_SERVICE, z));
            if (t != null) {
                double f = t.factor(asOf, halfLife);
                for (int i = 0; i < LaneTally.COUNTERS; i++) {
                    carrier[i] += f * t.counters[i];
                }
            }
        }
        smooth(rates, carrier);
        if (!lane.service().equals(Lane.ANY_SERVICE)) {
            smooth(rates, scaled(services.get(new ServiceZone(lane.carrier(), lane.service(), zone)), asOf));
        }
        double[] own = scaled(lanes.get(lane), asOf);
        smooth(rates, own);
        double n = own == null ? 0 : own[LaneTally.FINISHED];
        return new LaneReliability(n, rates[0], rates[1], rates[2], rates[3], rates[4], n / (n + settings.smoothing()));
    }

    private double[] scaled(LaneTally t, Instant asOf) {
        if (t == null) {
            return null;
        }
        double f = t.factor(asOf, settings.halfLife());
        double[] c = new double[LaneTally.COUNTERS];
        for (int i = 0; i < LaneTally.COUNTERS; i++) {
            c[i] = f * t.counters[i];
        }
        return c;
    }

    /** Pulls each rate's parent estimate toward this level's counts: (num + k * parent) / (den + k). */
    private void smooth(double[] rates, double[] c) {
        if (c == null) {
            return;
        }
        double k = settings.smoothing();
        rates[0] = (c[LaneTally.DELIVERED] + k * rates[0]) / (c[LaneTally.FINISHED] + k);
        rates[1] = (c[LaneTally.RTO] + k * rates[1]) / (c[LaneTally.FINISHED] + k);
        rates[2] = (c[LaneTally.NDR] + k * rates[2]) / (c[LaneTally.FINISHED] + k);
        rates[3] = (c[LaneTally.FIRST_ATTEMPT] + k * rates[3]) / (c[LaneTally.DELIVERED] + k);
        rates[4] = (c[LaneTally.ON_TIME] + k * rates[4]) / (c[LaneTally.ON_TIME_KNOWN] + k);
    }

    private static ZoneKind zone(Lane lane) {
        return ZoneKind.of(lane.originRegion(), lane.destinationRegion());
    }

    private static Lane anyService(Lane lane) {
        return new Lane(lane.carrier(), Lane.ANY_SERVICE, lane.originRegion(), lane.destinationRegion());
    }

    private static <K> LaneTally tally(Map<K, LaneTally> map, K key) {
        return map.computeIfAbsent(key, k -> new LaneTally());
    }
}

package io.shipgate.gateway.lanes;

import io.shipgate.gateway.edd.TransitDistribution;

import java.time.Duration;
import java.time.Instant;

/**
 * Decayed counts of finished shipments: the outcome counters and the transit histogram, all as of {@link #decayedTo()}.
 * Decay is lazy: the values are kept as they were at decayedTo, and read or updated at a later time t they are scaled by
 * {@code 2^-((t - decayedTo) / halfLife)}; a shipment that finished before decayedTo (out of order) is added with the
 * weight it would have by now. Mutable, not thread-safe: its owner confines it.
 */
final class LaneTally {

    static final int FINISHED = 0;
    static final int DELIVERED = 1;
    static final int RTO = 2;
    static final int NDR = 3;
    static final int FIRST_ATTEMPT = 4;
    static final int ON_TIME = 5;
    static final int ON_TIME_KNOWN = 6;
    static final int COUNTERS = 7;

    final double[] counters;
    final double[] transit;
    Instant decayedTo;

    LaneTally() {
        this(new double[COUNTERS], new double[TransitDistribution.BUCKETS], null);
    }

    LaneTally(double[] counters, double[] transit, Instant decayedTo) {
        if (counters.length != COUNTERS || transit.length != TransitDistribution.BUCKETS) {
            throw new IllegalArgumentException("a lane tally has " + COUNTERS + " counters and " + TransitDistribution.BUCKETS
                    + " transit days, not " + counters.length + " and " + transit.length);
        }
        this.counters = counters;
        this.transit = transit;
        this.decayedTo = decayedTo;
    }

    LaneTally copy() {
        return new LaneTally(counters.clone(), transit.clone(), decayedTo);
    }

    Instant decayedTo() {
        return decayedTo;
    }

    /** The factor that takes values as of decayedTo to values as of t (above 1 for a t before decayedTo). */
    static double factor(Instant from, Instant to, Duration halfLife) {
        if (from == null || from.equals(to)) {
            return 1;
        }
        double seconds = (to.getEpochSecond() - from.getEpochSecond()) + (to.getNano() - from.getNano()) / 1e9;
        return Math.pow(0.5, seconds / (halfLife.toNanos() / 1e9));
    }

    double factor(Instant asOf, Duration halfLife) {
        return factor(decayedTo, asOf, halfLife);
    }

    /** Scales the values to time t, if t is after decayedTo. */
    void decayTo(Instant t, Duration halfLife) {
        if (decayedTo == null) {
            decayedTo = t;
            return;
        }
        if (!t.isAfter(decayedTo)) {
            return;
        }
        scale(factor(t, halfLife));
        decayedTo = t;
    }

    private void scale(double f) {
        for (int i = 0; i < COUNTERS; i++) {
            counters[i] *= f;
        }
        for (int d = 0; d < transit.length; d++) {
            transit[d] *= f;
        }
    }

    /** Adds one finished shipment, counted at its finishing time. */
    void add(FinishedShipment s, Duration halfLife) {
        decayTo(s.finishedAt(), halfLife);
        double w = factor(s.finishedAt(), decayedTo, halfLife);
        counters[FINISHED] += w;
        if (s.delivered()) {
            counters[DELIVERED] += w;
            if (s.firstAttemptDelivered()) {
                counters[FIRST_ATTEMPT] += w;
            }
            if (s.onTime() != null) {
                counters[ON_TIME_KNOWN] += w;
                if (s.onTime()) {
                    counters[ON_TIME] += w;
                }
            }
            if (s.transitBusinessDays() != null) {
                transit[TransitDistribution.clamp(s.transitBusinessDays())] += w;
            }
        }
        if (s.returnedToOrigin()) {
            counters[RTO] += w;
        }
        if (s.ndr()) {
            counters[NDR] += w;
        }
    }

    /** Adds (sign 1) or takes away (sign -1) another tally, both brought to the later of their times. */
    void plus(LaneTally other, int sign, Duration halfLife) {
        if (other.decayedTo == null) {
            return;
        }
        decayTo(other.decayedTo, halfLife);
        double w = sign * factor(other.decayedTo, decayedTo, halfLife);
        for (int i = 0; i < COUNTERS; i++) {
            counters[i] = Math.max(0, counters[i] + w * other.counters[i]);
        }
        for (int d = 0; d < transit.length; d++) {
            transit[d] = Math.max(0, transit[d] + w * other.transit[d]);
        }
    }

    /** The decayed number of deliveries with a transit time, as of decayedTo. */
    double transitCount() {
        double n = 0;
        for (double w : transit) {
            n += w;
        }
        return n;
    }
}

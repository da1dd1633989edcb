package io.shipgate.gateway.edd;

import java.util.Arrays;

/**
 * A distribution of transit times in whole business days: the probability of each day count from 0 to
 * {@value #MAX_DAYS}, the last one standing for "{@value #MAX_DAYS} or more". Immutable; the weights it is made of are
 * normalised (any non-negative weights with a positive sum).
 *
 * <p>Percentiles are discrete: {@link #percentile(double) percentile(q)} is the smallest day count d whose cumulative
 * probability P(T <= d) reaches q, so a parcel arrives within percentile(q) business days with probability at least q.
 */
public final class TransitDistribution {

    /** The last day count kept; longer transits are counted as this one. */
    public static final int MAX_DAYS = 30;
    /** The number of day counts: 0..{@value #MAX_DAYS}. */
    public static final int BUCKETS = MAX_DAYS + 1;
    /** Cumulative sums that miss q by less than this (rounding of weights) still reach it. */
    private static final double EPSILON = 1e-9;

    private final double[] probabilities;
    private final double[] cumulative;

    private TransitDistribution(double[] probabilities) {
        this.probabilities = probabilities;
        this.cumulative = new double[BUCKETS];
        double sum = 0;
        for (int d = 0; d < BUCKETS; d++) {
            sum += probabilities[d];
            cumulative[d] = sum;
        }
        cumulative[MAX_DAYS] = 1.0;
    }

    /**
     * The distribution of these weights, index = business days (shorter arrays: the missing days weigh 0; longer: the
     * days after {@value #MAX_DAYS} count as {@value #MAX_DAYS}).
     */
    public static TransitDistribution of(double... weights) {
        double[] p = new double[BUCKETS];
        double total = 0;
        for (int d = 0; d < weights.length; d++) {
            double w = weights[d];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight of day " + d + " is not a finite non-negative number: " + w);
            }
            p[Math.min(d, MAX_DAYS)] += w;
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("a transit distribution needs a positive total weight");
        }
        for (int d = 0; d < BUCKETS; d++) {
            p[d] /= total;
        }
        return new TransitDistribution(p);
    }

    /** Every parcel takes exactly these business days. */
    public static TransitDistribution exactly(int days) {
        double[] w = new double[BUCKETS];
        w[clamp(days)] = 1;
        return new TransitDistribution(w);
    }

    /** The mixture {@code weight * a + (1 - weight) * b}, weight in [0, 1]. */
    public static TransitDistribution mix(TransitDistribution a, double weight, TransitDistribution b) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("mixture weight must be in [0, 1], was " + weight);
        }
        double[] p = new double[BUCKETS];
        for (int d = 0; d < BUCKETS; d++) {
            p[d] = weight * a.probabilities[d] + (1 - weight) * b.probabilities[d];
        }
        return new TransitDistribution(p);
    }

    /** The day count a transit of this many business days is kept as: 0..{@value #MAX_DAYS}. */
    public static int clamp(int days) {
        return Math.max(0, Math.min(MAX_DAYS, days));
    }

    /** The smallest day count d with P(T <= d) >= q; q in (0, 1]. */
    public int percentile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1], was " + q);
        }
        for (int d = 0; d < MAX_DAYS; d++) {
            if (cumulative[d] >= q - EPSILON) {
                return d;
            }
        }
        return MAX_DAYS;
    }

    /** P(T = days) (for {@value #MAX_DAYS}: P(T >= {@value #MAX_DAYS})). */
    public double probability(int days) {
        return days < 0 || days > MAX_DAYS ? 0 : probabilities[days];
    }

    /** P(T <= days). */
    public double cdf(int days) {
        return days < 0 ? 0 : cumulative[Math.min(days, MAX_DAYS)];
    }

    /** The mean in business days ({@value #MAX_DAYS} or more counted as {@value #MAX_DAYS}). */
    public double mean() {
        double mean = 0;
        for (int d = 0; d < BUCKETS; d++) {
            mean += d * probabilities[d];
        }
        return mean;
    }

    /** The probabilities of 0..{@value #MAX_DAYS} business days (a copy). */
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransitDistribution other && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "TransitDistribution[p50=" + percentile(0.5) + ", p90=" + percentile(0.9) + ", mean=" + String.format("%.2f", mean()) + "]";
    }
}

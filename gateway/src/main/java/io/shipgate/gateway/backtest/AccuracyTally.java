package io.shipgate.gateway.backtest;

import io.shipgate.gateway.edd.BusinessCalendar;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.TransitDistribution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts one carrier service's backtest (or all of them): for each delivered shipment, its prediction against the day
 * it was delivered, and the carrier's promised date against it. A date is hit when the delivery was on it or before
 * (the window: on or after {@code earliest} too). Not thread-safe.
 */
final class AccuracyTally {

    static final int[] PERCENTILES = {50, 75, 90, 95, 99};

    private final String carrier;
    private final String service;
    private long shipments;
    private long returned;
    private long delivered;
    private final Map<String, Long> sources = new TreeMap<>();
    private long withinWindow;
    private long onTime;
    private long absoluteDays;
    private long absoluteBusinessDays;
    private final long[] byPercentile = new long[PERCENTILES.length];
    private final double[] predictedByPercentile = new double[PERCENTILES.length];
    private final double[] interpolatedByPercentile = new double[PERCENTILES.length];
    private double windowPredicted;
    private long promised;
    private long promisedOnTime;
    private long promisedAbsoluteDays;
    private long promisedAbsoluteBusinessDays;

    private final double confidence;

    AccuracyTally(String carrier, String service, double confidence) {
        this.carrier = carrier;
        this.service = service;
        this.confidence = confidence;
    }

    void returnedToOrigin() {
        shipments++;
        returned++;
    }

    /**
     * A delivered shipment.
     *
     * @param transit       the distribution the estimate was computed from
     * @param transitDays   its actual transit in business days (the learner's count)
     * @param calendar      the destination's business calendar, in which errors are counted in business days
     * @param promisedDate  the carrier's promised date, or null
     */
    void delivered(DeliveryEstimate estimate, TransitDistribution transit, int transitDays, LocalDate deliveredOn, LocalDate promisedDate,
                   BusinessCalendar calendar) {
        shipments++;
        delivered++;
        sources.merge(estimate.source().name(), 1L, Long::sum);
        if (!deliveredOn.isBefore(estimate.earliest()) && !deliveredOn.isAfter(estimate.latest())) {
            withinWindow++;
        }
        if (!deliveredOn.isAfter(estimate.p50Date())) {
            onTime++;
        }
        absoluteDays += Math.abs(ChronoUnit.DAYS.between(estimate.p50Date(), deliveredOn));
        absoluteBusinessDays += businessDaysApart(calendar, estimate.p50Date(), deliveredOn);
        LocalDate[] dates = {estimate.p50Date(), estimate.p75Date(), estimate.p90Date(), estimate.p95Date(), estimate.p99Date()};
        int[] days = {estimate.p50(), estimate.p75(), estimate.p90(), estimate.p95(), estimate.p99()};
        for (int i = 0; i < dates.length; i++) {
            if (!deliveredOn.isAfter(dates[i])) {
                byPercentile[i]++;
            }
            predictedByPercentile[i] += transit.cdf(days[i]);
            interpolatedByPercentile[i] += interpolated(transit, days[i], PERCENTILES[i] / 100.0, transitDays);
        }
        double tail = (1 - confidence) / 2;
        windowPredicted += transit.cdf(transit.percentile(1 - tail)) - transit.cdf(transit.percentile(tail) - 1);
        if (promisedDate != null) {
            promised++;
            if (!deliveredOn.isAfter(promisedDate)) {
                promisedOnTime++;
            }
            promisedAbsoluteDays += Math.abs(ChronoUnit.DAYS.between(promisedDate, deliveredOn));
            promisedAbsoluteBusinessDays += businessDaysApart(calendar, promisedDate, deliveredOn);
        }
    }

    /**
     * Whether a transit of {@code actual} days is within the q-quantile {@code d} of the distribution, counting a transit
     * of exactly d days as the part of day d's probability the quantile covers, {@code (q - F(d - 1)) / P(d)}: whole days
     * put the pXX date's probability at XX % or above; so counted, a calibrated prediction scores q on average.
     */
    static double interpolated(TransitDistribution transit, int d, double q, int actual) {
        if (actual < d) {
            return 1;
        }
        if (actual > d) {
            return 0;
        }
        double p = transit.probability(d);
        return p > 0 ? Math.min(1, Math.max(0, (q - transit.cdf(d - 1)) / p)) : 1;
    }

    /** The business days between two dates, whichever comes first. */
    static int businessDaysApart(BusinessCalendar calendar, LocalDate a, LocalDate b) {
        return a.isAfter(b) ? calendar.businessDaysBetween(b, a) : calendar.businessDaysBetween(a, b);
    }

    ServiceAccuracy result() {
        List<ServiceAccuracy.Calibration> calibration = new ArrayList<>();
        for (int i = 0; i < PERCENTILES.length; i++) {
            calibration.add(new ServiceAccuracy.Calibration(PERCENTILES[i], PERCENTILES[i] / 100.0, mean(predictedByPercentile[i], delivered),
                    share(byPercentile[i], delivered), mean(interpolatedByPercentile[i], delivered)));
        }
        return new ServiceAccuracy(carrier, service, shipments, delivered, returned, Map.copyOf(sources), share(withinWindow, delivered),
                mean(windowPredicted, delivered), share(onTime, delivered), share(absoluteDays, delivered), share(absoluteBusinessDays, delivered), List.copyOf(calibration),
                new ServiceAccuracy.PromiseAccuracy(promised, share(promisedOnTime, promised), share(promisedAbsoluteDays, promised),
                        share(promisedAbsoluteBusinessDays, promised)));
    }

    /** {@code count / of} to four decimals; 0 of nothing. */
    private static double share(long count, long of) {
        return mean(count, of);
    }

    private static double mean(double sum, long of) {
        return of == 0 ? 0 : Math.round(sum * 10_000.0 / of) / 10_000.0;
    }
}

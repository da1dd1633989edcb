package io.shipgate.gateway.edd;

import io.shipgate.carrier.model.ServiceLevel;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The transit times assumed where there is no history: per zone kind and service level a range of business days
 * ({@code min..max}). As a distribution: {@value #WITHIN} of the parcels arrive within the range, spread evenly over its
 * days, and the rest in a tail after it that halves with each further day (over as many days as the range is long, at
 * least two), so p50 falls inside the range, p90 on its last day and p95/p99 after it.
 */
public final class ZoneDefaults {

    /** The share of parcels that arrive within a default range. */
    public static final double WITHIN = 0.9;

    /** A range of business days. */
    public record Days(int min, int max) {
        public Days {
            if (min < 0 || max < min || max >= TransitDistribution.MAX_DAYS) {
                throw new IllegalArgumentException("transit days must be 0 <= min <= max < " + TransitDistribution.MAX_DAYS
                        + ", were " + min + ".." + max);
            }
        }
    }

    private final Map<ZoneKind, Map<ServiceLevel, Days>> days;
    private final Map<ZoneKind, Map<ServiceLevel, TransitDistribution>> distributions;

    /**
     * These ranges, over the built-in ones ({@link #standard()}): a zone kind or service level left out keeps its
     * built-in range.
     */
    public ZoneDefaults(Map<ZoneKind, Map<ServiceLevel, Days>> overrides) {
        Map<ZoneKind, Map<ServiceLevel, Days>> all = new EnumMap<>(ZoneKind.class);
        Map<ZoneKind, Map<ServiceLevel, TransitDistribution>> dist = new EnumMap<>(ZoneKind.class);
        for (ZoneKind zone : ZoneKind.values()) {
            Map<ServiceLevel, Days> byLevel = new EnumMap<>(BUILT_IN.get(zone));
            if (overrides != null && overrides.get(zone) != null) {
                byLevel.putAll(overrides.get(zone));
            }
            all.put(zone, Map.copyOf(byLevel));
            Map<ServiceLevel, TransitDistribution> d = new EnumMap<>(ServiceLevel.class);
            byLevel.forEach((level, range) -> d.put(level, distribution(range)));
            dist.put(zone, d);
        }
        this.days = all;
        this.distributions = dist;
    }

    /** The built-in ranges only. */
    public static ZoneDefaults standard() {
        return new ZoneDefaults(Map.of());
    }

    public Days days(ZoneKind zone, ServiceLevel level) {
        return days.get(zone).get(level == null ? ServiceLevel.STANDARD : level);
    }

    public TransitDistribution distribution(ZoneKind zone, ServiceLevel level) {
        return distributions.get(zone).get(level == null ? ServiceLevel.STANDARD : level);
    }

    /** The distribution of a range: {@value #WITHIN} evenly within it, the rest in a halving tail after it. */
    public static TransitDistribution distribution(Days range) {
        double[] w = new double[TransitDistribution.BUCKETS];
        int width = range.max() - range.min() + 1;
        for (int d = range.min(); d <= range.max(); d++) {
            w[d] = WITHIN / width;
        }
        int tail = Math.max(2, width);
        double[] shape = new double[tail];
        double sum = 0;
        for (int i = 0; i < tail; i++) {
            shape[i] = Math.pow(0.5, i);
            sum += shape[i];
        }
        for (int i = 0; i < tail; i++) {
            w[TransitDistribution.clamp(range.max() + 1 + i)] += (1 - WITHIN) * shape[i] / sum;
        }
        return TransitDistribution.of(w);
    }

    /**
     * A service's level guessed from its code where nothing better is known (the code's words: SAME_DAY, OVERNIGHT or
     * NEXT_DAY, EXPRESS, PRIORITY or AIR, ECONOMY, SURFACE or SAVER; anything else STANDARD).
     */
    public static ServiceLevel guessLevel(String service) {
        String s = service == null ? "" : service.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (s.contains("SAME_DAY") || s.contains("SAMEDAY")) {
            return ServiceLevel.SAME_DAY;
        }
        if (s.contains("OVERNIGHT") || s.contains("NEXT_DAY") || s.contains("NEXTDAY") || s.contains("1DAY")) {
            return ServiceLevel.OVERNIGHT;
        }
        if (s.contains("EXPRESS") || s.contains("PRIORITY") || s.contains("AIR")) {
            return ServiceLevel.EXPRESS;
        }
        if (s.contains("ECONOMY") || s.contains("SURFACE") || s.contains("SAVER")) {
            return ServiceLevel.ECONOMY;
        }
        return ServiceLevel.STANDARD;
    }

    private static final Map<ZoneKind, Map<ServiceLevel, Days>> BUILT_IN = Map.of(
            ZoneKind.SAME_REGION, Map.of(ServiceLevel.SAME_DAY, new Days(0, 0), ServiceLevel.OVERNIGHT, new Days(1, 1),
                    ServiceLevel.EXPRESS, new Days(1, 1), ServiceLevel.STANDARD, new Days(1, 2), ServiceLevel.ECONOMY, new Days(2, 4)),
            ZoneKind.SAME_COUNTRY, Map.of(ServiceLevel.SAME_DAY, new Days(0, 1), ServiceLevel.OVERNIGHT, new Days(1, 1),
                    ServiceLevel.EXPRESS, new Days(1, 3), ServiceLevel.STANDARD, new Days(3, 5), ServiceLevel.ECONOMY, new Days(4, 7)),
            ZoneKind.CROSS_BORDER, Map.of(ServiceLevel.SAME_DAY, new Days(1, 3), ServiceLevel.OVERNIGHT, new Days(1, 3),
                    ServiceLevel.EXPRESS, new Days(2, 5), ServiceLevel.STANDARD, new Days(5, 10), ServiceLevel.ECONOMY, new Days(7, 15)));
}

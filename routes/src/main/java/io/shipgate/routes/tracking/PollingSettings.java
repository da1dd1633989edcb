package io.shipgate.routes.tracking;

import io.shipgate.carrier.model.TrackingStatus;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * How often the tracking poller asks a carrier about a shipment or tracker ({@code shipgate.tracking.polling.*},
 * docs/tracking.md): by its status and age, rarely when its carrier account pushes, never after a terminal status.
 *
 * @param enabled                whether this node runs the poller's timer
 * @param interval               between two poller runs on this node
 * @param batchSize              shipments claimed by one run
 * @param nearDelivery           out for delivery, a failed delivery or pickup, out for pickup (also the returns' equivalents)
 * @param inTransit              picked up, in transit, delayed, on hold... (the carrier has the parcel)
 * @param preTransit             manifested, pickup pending, unknown (the carrier has not scanned it yet)
 * @param agedAfter              a shipment older than this is polled at {@code aged} at most often
 * @param aged                   the slower cadence of old shipments
 * @param stopAfter              a shipment older than this is polled no more
 * @param pushed                 the safety-net cadence of shipments whose account pushes its tracking
 * @param notFoundRetry          the next poll after the carrier said it does not know the AWB (yet)
 * @param notFoundWindow         how long a tracker the carrier does not know is retried before it is {@code not_found}
 * @param refreshInterval        POST .../tracking/refresh is taken once per this per shipment
 * @param requestsPerSecond      the poller's budget per carrier account, by default
 * @param carrierRequestsPerSecond the budget per account of one carrier (by carrier code), over the default
 * @param budgetRetry            when a shipment skipped for an empty budget is due again
 */
@ConfigurationProperties("shipgate.tracking.polling")
public record PollingSettings(@DefaultValue("true") boolean enabled,
                              @DefaultValue("30s") Duration interval,
                              @DefaultValue("100") int batchSize,
                              @DefaultValue("30m") Duration nearDelivery,
                              @DefaultValue("3h") Duration inTransit,
                              @DefaultValue("6h") Duration preTransit,
                              @DefaultValue("14d") Duration agedAfter,
                              @DefaultValue("24h") Duration aged,
                              @DefaultValue("60d") Duration stopAfter,
                              @DefaultValue("12h") Duration pushed,
                              @DefaultValue("1h") Duration notFoundRetry,
                              @DefaultValue("3d") Duration notFoundWindow,
                              @DefaultValue("60s") Duration refreshInterval,
                              @DefaultValue("5") double requestsPerSecond,
                              Map<String, Double> carrierRequestsPerSecond,
                              @DefaultValue("10s") Duration budgetRetry) {

    public PollingSettings {
        carrierRequestsPerSecond = carrierRequestsPerSecond == null ? Map.of() : Map.copyOf(carrierRequestsPerSecond);
        if (requestsPerSecond <= 0 || carrierRequestsPerSecond.values().stream().anyMatch(r -> r == null || r <= 0)) {
            throw new IllegalArgumentException("shipgate.tracking.polling.requests-per-second must be positive");
        }
        for (Duration d : new Duration[]{interval, nearDelivery, inTransit, preTransit, agedAfter, aged, stopAfter, pushed, notFoundRetry,
                notFoundWindow, refreshInterval, budgetRetry}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("shipgate.tracking.polling.* durations must be positive, not " + d);
            }
        }
    }

    /** The poller's budget for an account of {@code carrier}, in requests per second. */
    public double requestsPerSecond(String carrier) {
        return carrierRequestsPerSecond.getOrDefault(carrier, requestsPerSecond);
    }

    /**
     * How long after a poll the next one comes, or null when the shipment is polled no more.
     *
     * @param age    how long ago the shipment was bought (or the tracker registered)
     * @param pushes whether its carrier account pushes its tracking (only a safety-net poll then)
     */
    public Duration next(TrackingStatus status, Duration age, boolean pushes) {
        if (status.terminal() || age.compareTo(stopAfter) >= 0) {
            return null;
        }
        Duration cadence = switch (status) {
            case OUT_FOR_DELIVERY, FAILED_DELIVERY, OUT_FOR_PICKUP, PICKUP_FAILED, RTO_OUT_FOR_DELIVERY, RTO_FAILED -> nearDelivery;
            case MANIFESTED, PICKUP_PENDING, RETURN_REQUESTED, UNKNOWN -> preTransit;
            default -> inTransit;
        };
        if (pushes) {
            cadence = max(cadence, pushed);
        }
        if (age.compareTo(agedAfter) >= 0) {
            cadence = max(cadence, aged);
        }
        return cadence;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

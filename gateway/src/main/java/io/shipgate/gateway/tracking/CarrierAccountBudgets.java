package io.shipgate.gateway.tracking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.shipgate.routes.port.CarrierRequestBudget;
import io.shipgate.routes.tracking.PollingSettings;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * The tracking poller's request budget per carrier account: a token bucket (Bucket4j) per account on this node, holding
 * one second's requests ({@code shipgate.tracking.polling.requests-per-second}, or the carrier's own
 * {@code carrier-requests-per-second.<code>}) and refilled at that rate. Taking a token never waits: a poll that finds
 * the bucket empty is put off ({@code budget-retry}). With several nodes each has its budget: set the rate to the
 * carrier's limit divided by the nodes.
 */
@Component
class CarrierAccountBudgets implements CarrierRequestBudget {

    private final PollingSettings settings;
    private final Cache<UUID, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

    CarrierAccountBudgets(PollingSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean tryAcquire(String carrier, UUID carrierAccountId) {
        return buckets.get(carrierAccountId, id -> bucket(settings.requestsPerSecond(carrier))).tryConsume(1);
    }

    private static Bucket bucket(double requestsPerSecond) {
        long capacity = Math.max(1, (long) Math.ceil(requestsPerSecond));
        Duration refill = Duration.ofNanos((long) (capacity * 1_000_000_000L / requestsPerSecond));
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, refill)).build();
    }
}

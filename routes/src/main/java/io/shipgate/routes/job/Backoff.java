package io.shipgate.routes.job;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: {@code first x 2^(attempt-1)}, at most {@code max}, give or take a
 * fifth, so items that failed together (a carrier outage) do not all come back in the same run.
 */
public record Backoff(Duration first, Duration max) {

    static final double JITTER = 0.2;

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff needs 0 < first <= max, not " + first + " and " + max);
        }
    }

    /** How long to wait after the {@code attempt}-th failed attempt (1 = the first). */
    public Duration after(int attempt) {
        long millis = Math.min(max.toMillis(), first.toMillis() << Math.clamp(attempt - 1, 0, 20));
        return Duration.ofMillis((long) (millis * ThreadLocalRandom.current().nextDouble(1 - JITTER, 1 + JITTER)));
    }
}

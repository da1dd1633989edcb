package io.shipgate.routes.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    @Test
    void eachWaitDoublesTheLastGiveOrTakeAFifthUpToTheMaximum() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            long nominal = Math.min(600_000L, 5_000L << (attempt - 1)); // the 8th (640 s) is over the 10 min maximum
            assertThat(backoff.after(attempt).toMillis()).as("attempt " + attempt).isBetween((long) (nominal * 0.8), (long) (nominal * 1.2));
        }
        assertThat(backoff.after(9).toMillis()).as("capped").isBetween(480_000L, 720_000L);
        assertThat(backoff.after(1_000).toMillis()).as("capped, never overflowing").isBetween(480_000L, 720_000L);
    }

    @Test
    void itemsThatFailedTogetherComeBackAtDifferentTimes() {
        assertThat(IntStream.range(0, 20).mapToObj(i -> backoff.after(3)).distinct().count()).isGreaterThan(10);
    }
}

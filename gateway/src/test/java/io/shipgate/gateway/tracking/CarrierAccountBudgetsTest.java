package io.shipgate.gateway.tracking;

import io.shipgate.routes.tracking.PollingSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller's budget per carrier account: one second's requests at once, then none until the bucket refills. */
class CarrierAccountBudgetsTest {

    private static PollingSettings settings(double requestsPerSecond, Map<String, Double> perCarrier) {
        return new PollingSettings(true, Duration.ofSeconds(30), 100, Duration.ofMinutes(30), Duration.ofHours(3), Duration.ofHours(6),
                Duration.ofDays(14), Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(12), Duration.ofHours(1), Duration.ofDays(3),
                Duration.ofSeconds(60), requestsPerSecond, perCarrier, Duration.ofSeconds(10));
    }

    @Test
    void eachAccountHasItsOwnBucketSizedByItsCarriersRate() {
        // a rate of 1 per hour: nothing refills while the test runs
        CarrierAccountBudgets budgets = new CarrierAccountBudgets(settings(3, Map.of("fedex", 1.0 / 3600)));
        UUID ups = UUID.randomUUID();
        UUID otherUps = UUID.randomUUID();
        UUID fedex = UUID.randomUUID();

        assertThat(budgets.tryAcquire("fedex", fedex)).isTrue();
        assertThat(budgets.tryAcquire("fedex", fedex)).as("fedex: one an hour").isFalse();
        int taken = 0;
        for (int i = 0; i < 100 && budgets.tryAcquire("ups", ups); i++) {
            taken++;
        }
        assertThat(taken).as("a burst of one second's requests (3), give or take a refill").isBetween(3, 10);
        assertThat(budgets.tryAcquire("ups", otherUps)).as("another account's budget is its own").isTrue();
    }
}

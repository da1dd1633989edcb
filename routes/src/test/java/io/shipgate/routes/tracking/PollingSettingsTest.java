package io.shipgate.routes.tracking;

import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The poll cadence by status, age and pushes (docs/tracking.md's table). */
class PollingSettingsTest {

    /** The defaults of shipgate.tracking.polling.*. */
    static PollingSettings defaults(double requestsPerSecond, Map<String, Double> perCarrier) {
        return new PollingSettings(true, Duration.ofSeconds(30), 100, Duration.ofMinutes(30), Duration.ofHours(3), Duration.ofHours(6),
                Duration.ofDays(14), Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(12), Duration.ofHours(1), Duration.ofDays(3),
                Duration.ofSeconds(60), requestsPerSecond, perCarrier, Duration.ofSeconds(10));
    }

    final PollingSettings settings = defaults(5, Map.of("delhivery", 2.0));

    @Test
    void nearDeliveryIsPolledOftenInTransitLessAndBeforePickupLeast() {
        Duration young = Duration.ofDays(1);
        assertThat(settings.next(TrackingStatus.OUT_FOR_DELIVERY, young, false)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.next(TrackingStatus.FAILED_DELIVERY, young, false)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.next(TrackingStatus.IN_TRANSIT, young, false)).isEqualTo(Duration.ofHours(3));
        assertThat(settings.next(TrackingStatus.PICKED_UP, young, false)).isEqualTo(Duration.ofHours(3));
        assertThat(settings.next(TrackingStatus.MANIFESTED, young, false)).isEqualTo(Duration.ofHours(6));
        assertThat(settings.next(TrackingStatus.UNKNOWN, young, false)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void pushedAndOldShipmentsArePolledRarelyAndTerminalOrVeryOldOnesNever() {
        assertThat(settings.next(TrackingStatus.OUT_FOR_DELIVERY, Duration.ofDays(1), true)).isEqualTo(Duration.ofHours(12));
        assertThat(settings.next(TrackingStatus.IN_TRANSIT, Duration.ofDays(15), false)).isEqualTo(Duration.ofHours(24));
        assertThat(settings.next(TrackingStatus.IN_TRANSIT, Duration.ofDays(60), false)).isNull();
        for (TrackingStatus status : TrackingStatus.values()) {
            if (status.terminal()) {
                assertThat(settings.next(status, Duration.ofMinutes(1), false)).as("%s", status).isNull();
            }
        }
    }

    @Test
    void aCarrierMayHaveItsOwnBudgetAndEveryBudgetIsPositive() {
        assertThat(settings.requestsPerSecond("delhivery")).isEqualTo(2.0);
        assertThat(settings.requestsPerSecond("ups")).isEqualTo(5.0);
        assertThatThrownBy(() -> defaults(0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults(1, Map.of("ups", -1.0))).isInstanceOf(IllegalArgumentException.class);
    }
}

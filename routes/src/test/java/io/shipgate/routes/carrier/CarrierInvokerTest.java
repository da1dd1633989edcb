package io.shipgate.routes.carrier;

import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the carrier's own trouble counts against an account's circuit breaker. */
class CarrierInvokerTest {

    @Test
    void onlyUnavailableTimeoutAndThrottlingAreCarrierTrouble() {
        EnumSet<CarrierErrorCategory> trouble = EnumSet.noneOf(CarrierErrorCategory.class);
        for (CarrierErrorCategory category : CarrierErrorCategory.values()) {
            if (CarrierInvoker.isCarrierTrouble(new CarrierException(category, "sandbox", null, "m", false))) {
                trouble.add(category);
            }
        }
        assertThat(trouble).containsExactlyInAnyOrder(CarrierErrorCategory.UNAVAILABLE, CarrierErrorCategory.TIMEOUT,
                CarrierErrorCategory.RATE_LIMITED);
    }

    @Test
    void aCarrierWithoutRecordOfAnAwbIsNoTrouble() {
        // tracking a label not scanned yet answers NOT_FOUND for hours: that must never open the breaker
        assertThat(CarrierInvoker.isCarrierTrouble(new CarrierException(CarrierErrorCategory.NOT_FOUND, "ups", "151018",
                "Tracking number not found", false))).isFalse();
        assertThat(CarrierInvoker.isCarrierTrouble(new IllegalStateException())).isFalse();
    }
}

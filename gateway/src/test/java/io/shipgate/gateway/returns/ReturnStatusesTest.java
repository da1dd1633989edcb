package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;

import static io.shipgate.carrier.model.TrackingStatus.CANCELLED;
import static io.shipgate.carrier.model.TrackingStatus.DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.OUT_FOR_PICKUP;
import static io.shipgate.carrier.model.TrackingStatus.PICKED_UP;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_PICKED_UP;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

class ReturnStatusesTest {

    @Test
    void aReturnsOwnAwbTrackedAsAShipmentIsReadAsTheReturnsSteps() {
        assertThat(ReturnStatuses.of(OUT_FOR_PICKUP, true)).isEqualTo(RETURN_REQUESTED);
        assertThat(ReturnStatuses.of(PICKED_UP, true)).isEqualTo(RETURN_PICKED_UP);
        assertThat(ReturnStatuses.of(IN_TRANSIT, true)).isEqualTo(RETURN_IN_TRANSIT);
        assertThat(ReturnStatuses.of(DELIVERED, true)).isEqualTo(RETURN_DELIVERED);
        assertThat(ReturnStatuses.of(RETURN_PICKED_UP, true)).isEqualTo(RETURN_PICKED_UP);
        assertThat(ReturnStatuses.of(TrackingStatus.LOST, true)).isNull();
    }

    @Test
    void onTheForwardAwbOnlyReturnStatusesMoveTheReturn() {
        assertThat(ReturnStatuses.of(DELIVERED, false)).isNull();
        assertThat(ReturnStatuses.of(IN_TRANSIT, false)).isNull();
        assertThat(ReturnStatuses.of(RETURN_IN_TRANSIT, false)).isEqualTo(RETURN_IN_TRANSIT);
    }

    @Test
    void aReturnMovesForwardOnlyAndNeverOutOfAFinalStatus() {
        assertThat(ReturnStatuses.advances(RETURN_REQUESTED, RETURN_DELIVERED)).isTrue();
        assertThat(ReturnStatuses.advances(RETURN_IN_TRANSIT, RETURN_PICKED_UP)).isFalse();
        assertThat(ReturnStatuses.advances(RETURN_REQUESTED, RETURN_REQUESTED)).isFalse();
        assertThat(ReturnStatuses.advances(CANCELLED, RETURN_PICKED_UP)).isFalse();
        assertThat(ReturnStatuses.advances(RETURN_PICKED_UP, null)).isFalse();
    }
}

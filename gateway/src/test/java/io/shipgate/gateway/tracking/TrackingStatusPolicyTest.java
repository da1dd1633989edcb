package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.tracking.TrackingStatusPolicy.Step;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.shipgate.carrier.model.TrackingStatus.CANCELLED;
import static io.shipgate.carrier.model.TrackingStatus.DAMAGED;
import static io.shipgate.carrier.model.TrackingStatus.DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.FAILED_DELIVERY;
import static io.shipgate.carrier.model.TrackingStatus.IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.LOST;
import static io.shipgate.carrier.model.TrackingStatus.MANIFESTED;
import static io.shipgate.carrier.model.TrackingStatus.OUT_FOR_DELIVERY;
import static io.shipgate.carrier.model.TrackingStatus.PICKED_UP;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_PICKED_UP;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_REQUESTED;
import static io.shipgate.carrier.model.TrackingStatus.RTO_DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.RTO_FAILED;
import static io.shipgate.carrier.model.TrackingStatus.RTO_IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.RTO_OUT_FOR_DELIVERY;
import static io.shipgate.carrier.model.TrackingStatus.RTO_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The "Leaving a terminal status" table of the normalized status model, and how a timeline is read with it. */
class TrackingStatusPolicyTest {

    /** Where each terminal status may go: without a correction code, and with one (as the model's table lists them). */
    private static final Map<TrackingStatus, Set<TrackingStatus>> LEAVES = Map.of(
            DELIVERED, EnumSet.of(RETURN_REQUESTED, RETURN_PICKED_UP, RETURN_IN_TRANSIT, RETURN_DELIVERED),
            CANCELLED, EnumSet.noneOf(TrackingStatus.class),
            RTO_DELIVERED, EnumSet.noneOf(TrackingStatus.class),
            LOST, EnumSet.noneOf(TrackingStatus.class),
            DAMAGED, EnumSet.noneOf(TrackingStatus.class),
            RETURN_DELIVERED, EnumSet.noneOf(TrackingStatus.class));
    private static final Map<TrackingStatus, Set<TrackingStatus>> LEAVES_ON_CORRECTION = Map.of(
            DELIVERED, EnumSet.of(RETURN_REQUESTED, RETURN_PICKED_UP, RETURN_IN_TRANSIT, RETURN_DELIVERED,
                    RTO_REQUESTED, RTO_IN_TRANSIT, RTO_OUT_FOR_DELIVERY, RTO_DELIVERED, RTO_FAILED, FAILED_DELIVERY));

    @Test
    void terminalStatusesAreLeftOnlyAlongTheModelsTable() {
        assertThat(Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::terminal)).containsExactlyInAnyOrderElementsOf(LEAVES.keySet());
        for (TrackingStatus from : LEAVES.keySet()) {
            for (TrackingStatus to : TrackingStatus.values()) {
                if (to == from) {
                    continue;
                }
                assertThat(TrackingStatusPolicy.allows(from, to, false)).as("%s -> %s", from, to).isEqualTo(LEAVES.get(from).contains(to));
                assertThat(TrackingStatusPolicy.allows(from, to, true)).as("%s -> %s on a correction", from, to)
                        .isEqualTo(LEAVES_ON_CORRECTION.getOrDefault(from, LEAVES.get(from)).contains(to));
            }
        }
    }

    @Test
    void aNonTerminalStatusGoesWhereverTheNextEventSays() {
        for (TrackingStatus from : TrackingStatus.values()) {
            if (!from.terminal()) {
                assertThat(TrackingStatus.values()).allMatch(to -> TrackingStatusPolicy.allows(from, to, false), "from " + from);
            }
        }
    }

    @Test
    void theLatestEventDecidesUntilATerminalOne() {
        assertThat(follow(MANIFESTED, PICKED_UP, OUT_FOR_DELIVERY, IN_TRANSIT)).isEqualTo(IN_TRANSIT);
        assertThat(follow(IN_TRANSIT)).isEqualTo(IN_TRANSIT);
        // one push carrying the delivery and a stray later scan: the delivery ends the forward path
        assertThat(follow(OUT_FOR_DELIVERY, PICKED_UP, DELIVERED, OUT_FOR_DELIVERY)).isEqualTo(DELIVERED);
    }

    @Test
    void aDeliveredShipmentStaysDeliveredForScansBeforeOrAfterItsDelivery() {
        assertThat(follow(DELIVERED, OUT_FOR_DELIVERY, DELIVERED)).as("an older scan arriving late").isEqualTo(DELIVERED);
        assertThat(follow(DELIVERED, DELIVERED, OUT_FOR_DELIVERY, IN_TRANSIT)).as("later forward scans").isEqualTo(DELIVERED);
        assertThat(follow(DELIVERED, LOST, DELIVERED)).as("an older terminal scan").isEqualTo(DELIVERED);
        assertThat(follow(DELIVERED, DELIVERED, RTO_IN_TRANSIT)).as("an RTO scan without a correction").isEqualTo(DELIVERED);
    }

    @Test
    void aDeliveredShipmentMovesOnToItsCustomerReturnOrACarriersCorrection() {
        assertThat(follow(DELIVERED, DELIVERED, OUT_FOR_DELIVERY, RETURN_REQUESTED, RETURN_PICKED_UP)).isEqualTo(RETURN_PICKED_UP);
        assertThat(TrackingStatusPolicy.follow(DELIVERED, List.of(new Step(DELIVERED, false), new Step(RTO_REQUESTED, true),
                new Step(RTO_IN_TRANSIT, false)))).isEqualTo(RTO_IN_TRANSIT);
        assertThat(TrackingStatusPolicy.follow(DELIVERED, List.of(new Step(RTO_REQUESTED, true), new Step(DELIVERED, false))))
                .as("a correction dated before the delivery corrects nothing").isEqualTo(DELIVERED);
    }

    @Test
    void finalStatusesStay() {
        assertThat(follow(CANCELLED, MANIFESTED, CANCELLED, PICKED_UP, DELIVERED)).isEqualTo(CANCELLED);
        assertThat(follow(CANCELLED, MANIFESTED, PICKED_UP)).as("a cancellation the gateway recorded").isEqualTo(CANCELLED);
        assertThat(follow(RETURN_DELIVERED, DELIVERED, RETURN_DELIVERED, RETURN_IN_TRANSIT)).isEqualTo(RETURN_DELIVERED);
        assertThat(follow(IN_TRANSIT, PICKED_UP, LOST, IN_TRANSIT)).isEqualTo(LOST);
    }

    private static TrackingStatus follow(TrackingStatus current, TrackingStatus... timeline) {
        return TrackingStatusPolicy.follow(current, Arrays.stream(timeline).map(s -> new Step(s, false)).toList());
    }
}

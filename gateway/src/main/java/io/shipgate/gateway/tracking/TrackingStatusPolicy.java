package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.TrackingStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.shipgate.carrier.model.TrackingStatus.DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.FAILED_DELIVERY;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_PICKED_UP;
import static io.shipgate.carrier.model.TrackingStatus.RETURN_REQUESTED;
import static io.shipgate.carrier.model.TrackingStatus.RTO_DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.RTO_FAILED;
import static io.shipgate.carrier.model.TrackingStatus.RTO_IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.RTO_OUT_FOR_DELIVERY;
import static io.shipgate.carrier.model.TrackingStatus.RTO_REQUESTED;

/**
 * Where a shipment's carrier events lead its status: the one place that knows how a terminal
 * status is left ("Leaving a terminal status" of the normalized status model, docs/api.md).
 * <ul>
 *   <li>a non-terminal status moves to whatever the next event says;</li>
 *   <li>DELIVERED moves only to RETURN_* (a customer return on the same AWB), or to RTO_* and
 *       FAILED_DELIVERY on a carrier's explicit correction of its delivery scan;</li>
 *   <li>CANCELLED, RTO_DELIVERED, LOST, DAMAGED and RETURN_DELIVERED are final.</li>
 * </ul>
 * The timeline is read in the order the events happened, whatever order they arrived in, so a late
 * older scan cannot undo a later one; and once the shipment is in a terminal status, only events
 * after the scan that put it there can move it on.
 */
final class TrackingStatusPolicy {

    /** An event that may drive the status: its code known, not dated ahead of its receipt. */
    record Step(TrackingStatus status, boolean correction) {
    }

    private static final Set<TrackingStatus> CUSTOMER_RETURN = EnumSet.of(RETURN_REQUESTED, RETURN_PICKED_UP, RETURN_IN_TRANSIT,
            RETURN_DELIVERED);
    private static final Set<TrackingStatus> DELIVERY_CORRECTED = EnumSet.of(RTO_REQUESTED, RTO_IN_TRANSIT, RTO_OUT_FOR_DELIVERY,
            RTO_DELIVERED, RTO_FAILED, FAILED_DELIVERY);

    private TrackingStatusPolicy() {
    }

    /** Whether an event with status {@code to} moves a shipment in status {@code from}. */
    static boolean allows(TrackingStatus from, TrackingStatus to, boolean correction) {
        if (from == to || !from.terminal()) {
            return true;
        }
        return from == DELIVERED && (CUSTOMER_RETURN.contains(to) || correction && DELIVERY_CORRECTED.contains(to));
    }

    /**
     * The status the timeline leads to from {@code current}.
     *
     * @param timeline the events that may drive the status, in the order they happened
     */
    static TrackingStatus follow(TrackingStatus current, List<Step> timeline) {
        int from = 0;
        TrackingStatus status = null;
        if (current.terminal()) {
            status = current;
            for (int i = timeline.size() - 1; i >= 0; i--) {
                if (timeline.get(i).status() == current) {
                    from = i + 1;
                    break;
                }
            }
        }
        for (Step step : timeline.subList(from, timeline.size())) {
            if (status == null || allows(status, step.status(), step.correction())) {
                status = step.status();
            }
        }
        return status == null ? current : status;
    }
}

package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.TrackingStatus;

import java.util.List;

/**
 * Where a return's tracking leads its status. Carriers track a reverse pickup with their RETURN_* codes (the sandbox,
 * Delhivery) or as a shipment of its own (UPS, FedEx, DHL return labels: picked up, in transit, delivered): both are read
 * as the return's steps. A return only moves forward (a late older scan cannot undo a later one), and CANCELLED and
 * RETURN_DELIVERED are final.
 */
final class ReturnStatuses {

    /** The return's steps, in order. */
    private static final List<TrackingStatus> STEPS = List.of(TrackingStatus.RETURN_REQUESTED, TrackingStatus.RETURN_PICKED_UP,
            TrackingStatus.RETURN_IN_TRANSIT, TrackingStatus.RETURN_DELIVERED);

    private ReturnStatuses() {
    }

    /**
     * The return step a tracker status means, or null when it means none (an exception, an unknown code).
     *
     * @param ownAwb the return has its own AWB; false when the carrier tracks it on the forward shipment's AWB, whose
     *               forward statuses are the shipment's, not the return's
     */
    static TrackingStatus of(TrackingStatus tracked, boolean ownAwb) {
        return switch (tracked) {
            case RETURN_REQUESTED, RETURN_PICKED_UP, RETURN_IN_TRANSIT, RETURN_DELIVERED -> tracked;
            case MANIFESTED, PICKUP_PENDING, OUT_FOR_PICKUP, PICKUP_FAILED -> ownAwb ? TrackingStatus.RETURN_REQUESTED : null;
            case PICKED_UP -> ownAwb ? TrackingStatus.RETURN_PICKED_UP : null;
            case IN_TRANSIT, OUT_FOR_DELIVERY, FAILED_DELIVERY, DELAYED, ON_HOLD -> ownAwb ? TrackingStatus.RETURN_IN_TRANSIT : null;
            case DELIVERED -> ownAwb ? TrackingStatus.RETURN_DELIVERED : null;
            default -> null;
        };
    }

    /** Whether a return in {@code current} moves to {@code next}: forward only, never out of a final status. */
    static boolean advances(TrackingStatus current, TrackingStatus next) {
        if (next == null || current == TrackingStatus.CANCELLED || current == TrackingStatus.RETURN_DELIVERED) {
            return false;
        }
        return STEPS.indexOf(next) > STEPS.indexOf(current);
    }
}

package io.shipgate.gateway.lanes;

/**
 * How a lane performed, from the tracking history of the tenant's shipments: each rate a share in [0, 1], counted with
 * older shipments weighing less (decayed, so a carrier that got worse last month shows it now) and smoothed toward the
 * carrier service's wider average when the lane has few shipments.
 *
 * @param shipments           the decayed number of finished shipments (delivered or returned) on the lane itself
 * @param deliverySuccess     delivered / finished
 * @param rtoRate             returned to origin / finished
 * @param ndrRate             shipments with at least one failed delivery attempt / finished
 * @param firstAttemptSuccess delivered at the first attempt / delivered
 * @param onTimeRate          delivered by the estimated delivery date given at purchase / delivered with one
 * @param laneShare           how much of the figures is the lane's own history (0: all carrier average or prior, 1: all lane)
 */
public record LaneReliability(double shipments, double deliverySuccess, double rtoRate, double ndrRate, double firstAttemptSuccess,
                              double onTimeRate, double laneShare) {
}

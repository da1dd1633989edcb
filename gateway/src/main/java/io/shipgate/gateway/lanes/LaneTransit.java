package io.shipgate.gateway.lanes;

import io.shipgate.gateway.edd.EddSource;
import io.shipgate.gateway.edd.TransitDistribution;

/**
 * A lane's learned transit time: its own deliveries smoothed toward the carrier service's average over lanes of the same
 * zone kind, that toward the carrier's (all services, same zone kind), and that toward the zone default.
 *
 * @param distribution  the smoothed distribution in business days
 * @param source        LANE_HISTORY when the lane has deliveries, CARRIER_AVERAGE when only the carrier service or the
 *                      carrier has some on lanes of the same zone kind, ZONE_DEFAULT when none has
 * @param laneShipments the lane's decayed number of deliveries with a transit time
 * @param laneShare     the weight of the lane's own deliveries in the distribution: n / (n + k)
 */
public record LaneTransit(TransitDistribution distribution, EddSource source, double laneShipments, double laneShare) {
}

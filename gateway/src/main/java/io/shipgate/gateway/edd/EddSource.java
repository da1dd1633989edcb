package io.shipgate.gateway.edd;

/**
 * Where an EDD came from. LANE_HISTORY: the lane's own deliveries (smoothed toward the carrier's average while it has
 * few); CARRIER_AVERAGE: the carrier service's deliveries on other lanes of the same kind, the lane having none;
 * CARRIER_COMMITMENT: the carrier's committed date for the service; ZONE_DEFAULT: no history and no commitment: the
 * default transit days for the zone (same region, same country, international).
 */
public enum EddSource {
    LANE_HISTORY, CARRIER_AVERAGE, CARRIER_COMMITMENT, ZONE_DEFAULT
}

package io.shipgate.gateway.lanes;

import java.util.UUID;

/** The learned performance of the tenant's lanes, read from memory (refreshed in the background). */
public interface LanePerformance {

    /** The lane's reliability, smoothed and decayed; never null (a lane without history is its carrier's average, or the prior). */
    LaneReliability reliability(UUID tenantId, Lane lane);
}

package io.shipgate.routes.tracking;

import java.util.List;

/** Tracking updates ingested together, in one transaction, in this order (the push intake's batch of pushes). */
public record TrackingUpdates(List<TrackingUpdate> updates) {

    public TrackingUpdates {
        updates = List.copyOf(updates);
    }
}

package io.shipgate.routes.port;

import io.shipgate.routes.tracking.TrackingUpdate;

/** Shipments' tracking timelines: the carrier's events, normalized, each stored once. */
public interface TrackingTimeline {

    /**
     * Stores the update's new events (those stored already are ignored) and moves the shipment's status
     * where its whole timeline leads, with the status change's event, in one transaction.
     */
    void record(TrackingUpdate update);
}

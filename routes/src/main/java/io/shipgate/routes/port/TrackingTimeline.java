package io.shipgate.routes.port;

import io.shipgate.routes.tracking.TrackingUpdate;

import java.util.List;

/** Shipments' tracking timelines: the carrier's events, normalized, each stored once. */
public interface TrackingTimeline {

    /**
     * Stores the update's new events (those stored already are ignored) and moves the shipment's status
     * where its whole timeline leads, with the status change's event, in one transaction.
     */
    void record(TrackingUpdate update);

    /**
     * Records the updates in one transaction (the caller's, when there is one), in their order, each exactly as
     * {@link #record(TrackingUpdate)} would after the ones before it: a batch of pushes costs a few statements and one
     * commit instead of several of each per update. One that fails fails them all.
     */
    void record(List<TrackingUpdate> updates);
}

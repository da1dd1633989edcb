package io.shipgate.gateway.tracking;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * What other modules (the public pages) may read of a shipment's tracking: its stored timeline, oldest event first, in one
 * query on {@code tracking_events_shipment}. The carrier is not asked: the poller and the carriers' pushes keep it fresh.
 */
@Component
public class TrackingTimelines {

    private final TrackingEventRepository events;

    TrackingTimelines(TrackingEventRepository events) {
        this.events = events;
    }

    /** The tenant's shipment's (or tracker's) stored events; empty for an unknown or foreign one. */
    public List<TrackingEventView> stored(UUID tenantId, UUID shipmentId) {
        return events.list(tenantId, shipmentId).stream().map(TrackingMapper::view).toList();
    }
}

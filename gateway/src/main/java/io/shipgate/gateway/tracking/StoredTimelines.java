package io.shipgate.gateway.tracking;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A shipment's timeline as stored, without asking the carrier (the warehouse console's shipment page): the events
 * oldest first, each in the offset the carrier reported it in. The caller has checked the shipment is the tenant's.
 */
@Component
public class StoredTimelines {

    private final TrackingEventRepository events;

    StoredTimelines(TrackingEventRepository events) {
        this.events = events;
    }

    public List<TrackingEventView> events(UUID tenantId, UUID shipmentId) {
        return events.list(tenantId, shipmentId).stream().map(TrackingMapper::view).toList();
    }
}

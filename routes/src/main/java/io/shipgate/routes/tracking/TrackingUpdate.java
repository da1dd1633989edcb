package io.shipgate.routes.tracking;

import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.routes.port.ShipmentSnapshot;

/** Normalized tracking for one stored shipment, from a poll or a carrier webhook. */
public record TrackingUpdate(ShipmentSnapshot shipment, TrackingResult tracking, Source source) {

    public enum Source {
        POLL, WEBHOOK
    }
}

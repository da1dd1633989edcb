package io.shipgate.routes.port;

import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.util.UUID;

/** What the lifecycle routes need to know of a stored shipment. */
public record ShipmentSnapshot(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, ShipmentRef ref, TrackingStatus status,
                               Instant lastTrackedAt) {
}

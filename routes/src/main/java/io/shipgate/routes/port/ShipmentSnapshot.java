package io.shipgate.routes.port;

import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the lifecycle routes (and the tracking view) need to know of a stored shipment: one row, no parcels or labels. */
public record ShipmentSnapshot(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, ShipmentRef ref, TrackingStatus status,
                               LocalDate estimatedDelivery, Instant lastTrackedAt) {
}

package io.shipgate.routes.port;

import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the lifecycle routes (and the tracking view) need to know of a stored shipment: one row, no parcels or labels.
 *
 * @param estimatedDelivery the first day of the carrier's latest delivery window (kept once delivered)
 * @param latestDelivery    the last day of that window, when the carrier gave one
 * @param deliveredAt       when the parcel was delivered, once it is
 * @param createdAt         when it was bought (a tracker: registered)
 * @param nextCheckAt       when the poller asks the carrier next; null: never again
 * @param tracker           a tracker (an AWB bought elsewhere, POST /v1/trackers), not a shipment bought here
 */
public record ShipmentSnapshot(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, ShipmentRef ref, TrackingStatus status,
                               LocalDate estimatedDelivery, Instant lastTrackedAt, LocalDate latestDelivery, Instant deliveredAt,
                               Instant createdAt, Instant nextCheckAt, boolean tracker) {
}

package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tracker: an AWB bought elsewhere, polled and ingested like a shipment (a {@code shipments} row of kind
 * {@code tracker}).
 *
 * @param state       {@code active}, or {@code not_found}: the carrier never knew the number within the window
 * @param checkError  why the last poll failed, if it did
 */
public record TrackerRecord(UUID id, UUID carrierAccountId, String carrier, String trackingNumber, String reference, TrackingStatus status,
                            String state, LocalDate estimatedDelivery, LocalDate latestDelivery, Instant deliveredAt, Instant firstAttemptAt,
                            Instant lastCheckedAt,
                            Instant nextCheckAt, String checkError, Instant createdAt, Instant updatedAt) {

    /** A page of trackers, newest first, and the cursor of the next (null on the last page). */
    public record Page(java.util.List<TrackerRecord> trackers, String nextCursor) {
    }
}

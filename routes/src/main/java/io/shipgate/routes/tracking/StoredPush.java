package io.shipgate.routes.tracking;

import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.routes.job.DueItem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored carrier push the intake claimed for processing.
 *
 * @param results  what the adapter read of it when it came, one per AWB; null when it cannot be read back (the attempt fails)
 * @param attempts the intake's attempts so far, this one included
 */
public record StoredPush(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, List<TrackingResult> results, int attempts,
                         Instant receivedAt) implements DueItem {
}

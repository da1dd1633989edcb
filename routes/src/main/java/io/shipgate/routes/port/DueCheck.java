package io.shipgate.routes.port;

import io.shipgate.routes.job.DueItem;

import java.time.Instant;
import java.util.UUID;

/**
 * A shipment or tracker claimed by the tracking poller.
 *
 * @param tracker            a tracker (an AWB bought elsewhere) rather than a shipment bought here
 * @param createdAt when it was bought or registered: its age picks the cadence
 */
public record DueCheck(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, boolean tracker, Instant createdAt, int attempts) implements DueItem {
}

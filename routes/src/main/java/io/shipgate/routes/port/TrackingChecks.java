package io.shipgate.routes.port;

import io.shipgate.routes.job.DueWork;

import java.time.Instant;
import java.util.UUID;

/**
 * When shipments and trackers are polled next ({@code shipments.next_check_at}), for the tracking poller: due ones
 * are claimed in batches ({@link DueWork}), each poll settles its next time. Each method is its own transaction.
 */
public interface TrackingChecks extends DueWork<DueCheck> {

    /** The shipment was polled (or the carrier asked on request): it is due again at {@code next}, or never when null. */
    void scheduled(UUID tenantId, UUID shipmentId, Instant next);

    /** The shipment was not polled (its account's budget or back-off): due again at {@code at}, no attempt counted. */
    void deferred(DueCheck check, Instant at);

    /** The tracker's AWB stayed unknown to the carrier for the whole window: {@code not_found}, polled no more. */
    void notFound(DueCheck check);
}

package io.shipgate.routes.port;

import io.shipgate.routes.job.DueWork;

import java.time.Instant;

/**
 * The rows of batches waiting to be bought, for the batch worker: claimed, retried and given up as
 * {@link DueWork} (a row given up is failed, with the last error as its problem).
 */
public interface BatchRows extends DueWork<BatchRow> {

    /**
     * Buys the row's shipment through the one purchase path of {@code POST /v1/shipments} (its Idempotency-Key derived
     * from the tenant's reference, so a row bought before answers that shipment and nothing is bought twice) and
     * records the outcome on the row: created, or failed with the problem when the purchase is refused. Returns the
     * outcome (created, replayed, failed). Throws when the attempt should be tried again later (the carrier unavailable
     * or slow, the key held by a purchase still running).
     */
    String buy(BatchRow row);

    /** The row is due again at {@code at}, this attempt not counted (its carrier account's circuit is open). */
    void postpone(BatchRow row, Instant at);
}

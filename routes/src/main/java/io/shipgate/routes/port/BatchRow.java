package io.shipgate.routes.port;

import io.shipgate.routes.job.DueItem;

import java.util.UUID;

/**
 * A row of a batch that the batch worker buys: which batch and row, and the carrier account it names
 * (by id, or by carrier code when the tenant has one account of it; both null with carrier "auto"),
 * for the per-account concurrency limit and the circuit breaker.
 *
 * @param attempts the worker's attempts so far, this one included
 */
public record BatchRow(UUID batchId, int rowNumber, UUID tenantId, UUID carrierAccountId, String carrier, int attempts)
        implements DueItem {

    @Override
    public String id() {
        return "batch " + batchId + " row " + rowNumber;
    }
}

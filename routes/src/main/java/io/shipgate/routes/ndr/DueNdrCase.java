package io.shipgate.routes.ndr;

import io.shipgate.routes.job.DueItem;

import java.util.UUID;

/**
 * An NDR case claimed by the NDR job: its policies to evaluate, or its deadline passed.
 *
 * @param attempts       the job's attempts on it so far, this one included
 * @param failedAttempts the case's failed delivery attempts when it was claimed
 */
public record DueNdrCase(UUID id, UUID tenantId, int attempts, int failedAttempts) implements DueItem {
}

package io.shipgate.routes.job;

import java.time.Instant;

/** Rows of one table that are kept for a retention period, for {@link PurgeRoute}. */
@FunctionalInterface
public interface Purge {

    /**
     * Deletes up to {@code limit} rows that became purgeable before {@code before}, oldest first, in one
     * statement that skips rows another transaction holds ({@code FOR UPDATE SKIP LOCKED}), so nodes
     * purging at once take different rows and a purge never waits behind a running request; returns how many.
     */
    int purge(Instant before, int limit);
}

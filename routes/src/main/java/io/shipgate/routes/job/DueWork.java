package io.shipgate.routes.job;

import java.time.Instant;
import java.util.List;

/**
 * Due work in one table, for {@link DueWorkRoute}: the gateway implements it per table (each with a
 * persisted {@code next_attempt_at} and attempts count, and an index on what is due). Each method is
 * its own short transaction; none is held while an item is worked on.
 *
 * @param <T> a claimed item
 */
public interface DueWork<T extends DueItem> {

    /**
     * Claims up to {@code limit} items due now, the longest due first, in one committed statement
     * ({@code UPDATE .. WHERE id IN (SELECT .. FOR UPDATE SKIP LOCKED) RETURNING}): each one's
     * {@code next_attempt_at} moves to {@code holdUntil} and its attempts count up, so no other node,
     * nor this one after a restart, takes it again before then. Rows another transaction holds are
     * skipped, never waited for.
     */
    List<T> claimDue(int limit, Instant holdUntil);

    /** The attempt failed: the item is due again at {@code at} (persisted with the reason). */
    void retryLater(T item, Instant at, String reason);

    /** The item's last attempt failed: it is set aside for an operator and claimed no more. */
    void giveUp(T item, String reason);
}

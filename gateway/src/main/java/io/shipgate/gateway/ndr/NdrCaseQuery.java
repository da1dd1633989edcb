package io.shipgate.gateway.ndr;

import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.NdrReason;

import java.time.Instant;

/**
 * Filters and keyset pagination of the NDR case list, newest first.
 *
 * @param raisedBefore cases raised before this (the list's {@code older_than})
 * @param raisedAfter  cases raised after this ({@code newer_than})
 * @param after        the last case of the previous page, decoded from the opaque cursor
 */
record NdrCaseQuery(String status, String carrier, NdrReason reason, Integer attempts, Instant raisedBefore, Instant raisedAfter,
                    int limit, PageCursor after) {

    static final int MAX_LIMIT = 100;

}

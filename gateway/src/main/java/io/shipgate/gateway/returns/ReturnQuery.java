package io.shipgate.gateway.returns;

import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.util.UUID;

/** A list of returns: its filters, page size and where the page starts (after {@code after}, newest first). */
record ReturnQuery(TrackingStatus status, String carrier, UUID shipmentId, ReturnReason reason, String reference, Instant createdFrom,
                   Instant createdTo, int limit, PageCursor after) {

    static final int MAX_LIMIT = 100;

    /** The last row of a page, as the next page's cursor. */
}

package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;

/**
 * Filters and keyset pagination of the shipment list, newest first.
 *
 * @param after the last shipment of the previous page, decoded from the opaque cursor
 */
record ShipmentQuery(TrackingStatus status, String carrier, String reference, Instant createdFrom, Instant createdTo,
                     int limit, PageCursor after) {

    static final int MAX_LIMIT = 100;

}

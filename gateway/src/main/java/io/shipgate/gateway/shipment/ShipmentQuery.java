package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters and keyset pagination of the shipment list, newest first.
 *
 * @param after       the last shipment of the previous page, decoded from the opaque cursor
 * @param warehouseId only shipments leaving from this warehouse (the console's filter); null: any
 */
record ShipmentQuery(TrackingStatus status, String carrier, String reference, Instant createdFrom, Instant createdTo,
                     int limit, PageCursor after, UUID warehouseId) {

    ShipmentQuery(TrackingStatus status, String carrier, String reference, Instant createdFrom, Instant createdTo, int limit, PageCursor after) {
        this(status, carrier, reference, createdFrom, createdTo, limit, after, null);
    }

    static final int MAX_LIMIT = 100;

}

package io.shipgate.routes.tracking;

import java.util.UUID;

/**
 * Refresh a shipment's tracking from its carrier when it is stale.
 *
 * @param force refresh even when the last refresh is recent
 */
public record TrackShipmentCommand(UUID tenantId, UUID shipmentId, boolean force) {
}

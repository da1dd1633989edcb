package io.shipgate.routes.shipment;

import java.util.UUID;

/** Void a shipment's label before the carrier has the parcel. */
public record CancelShipmentCommand(UUID tenantId, UUID shipmentId) {
}

package io.shipgate.routes.shipment;

import java.util.UUID;

/** Fetch the carrier's proof of delivery of a delivered shipment. */
public record ProofOfDeliveryCommand(UUID tenantId, UUID shipmentId) {
}

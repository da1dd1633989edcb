package io.shipgate.routes.shipment;

import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.routes.port.CarrierSelection;

import java.util.UUID;

/**
 * Buy a label for the tenant.
 *
 * @param idempotencyKey the client's Idempotency-Key, or null when it sent none
 * @param requestHash    a digest of the whole request, to tell a replay from a reuse of the key
 */
public record CreateShipmentCommand(UUID tenantId, String idempotencyKey, String requestHash,
                                    CarrierSelection selection, ShipmentRequest request) {
}

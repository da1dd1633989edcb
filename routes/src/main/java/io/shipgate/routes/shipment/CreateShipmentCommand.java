package io.shipgate.routes.shipment;

import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.routes.port.CarrierSelection;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Buy a label for the tenant.
 *
 * @param idempotencyKey the client's Idempotency-Key, or null when it sent none
 * @param requestHash    a digest of the whole request, to tell a replay from a reuse of the key
 */
public record CreateShipmentCommand(UUID tenantId, String idempotencyKey, String requestHash,
                                    CarrierSelection selection, ShipmentRequest request) {

    /**
     * The key the carrier deduplicates this purchase by: the same client key with the same request
     * gives the same carrier key, so a retry after a timeout gets the label already bought; another
     * request under a released key gets a new one.
     */
    public String carrierIdempotencyKey() {
        return UUID.nameUUIDFromBytes((tenantId + "\n" + idempotencyKey + "\n" + requestHash).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

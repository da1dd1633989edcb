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
 * @param purchaseId     this attempt to buy: the id of its purchase intent, and of the holder of the key
 */
public record CreateShipmentCommand(UUID tenantId, String idempotencyKey, String requestHash,
                                    CarrierSelection selection, ShipmentRequest request, UUID purchaseId) {

    /**
     * The key the carrier deduplicates this purchase by, and finds it by afterwards. With an
     * Idempotency-Key, the same client key with the same request gives the same carrier key, so a
     * retry after a timeout gets the label already bought, and another request under a released key
     * gets a new one; without one, the purchase's own id.
     */
    public String carrierIdempotencyKey() {
        if (idempotencyKey == null) {
            return purchaseId.toString();
        }
        return UUID.nameUUIDFromBytes((tenantId + "\n" + idempotencyKey + "\n" + requestHash).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The same purchase on the account it was bought on (a reconciler settles it there). */
    public CreateShipmentCommand onAccount(UUID accountId) {
        return new CreateShipmentCommand(tenantId, idempotencyKey, requestHash, new CarrierSelection(accountId, null), request, purchaseId);
    }
}

package io.shipgate.routes.port;

import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of requests that buy something. A key is claimed before the carrier is called,
 * so concurrent or retried requests with one key buy one label. The holder gives its key up through
 * {@link PurchaseIntents} (released when nothing was bought) or {@link Shipments#recordPurchase}
 * (completed with the shipment's id).
 */
public interface IdempotencyKeys {

    /**
     * Claims the key for this request. Returns empty when the caller now holds it (as {@code holder});
     * the id of the shipment it bought when the same request already completed. A request that finds the key held by
     * a running one waits for that answer without holding a database connection (up to a deadline).
     * Throws when the key was used with another request, is still held when the wait ends, or its
     * purchase could not be settled and needs an operator.
     */
    Optional<UUID> claim(UUID tenantId, String key, String requestHash, UUID holder);
}

package io.shipgate.gateway.shipment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * The Idempotency-Key mechanism of {@code POST /v1/shipments} ({@link JdbcIdempotencyKeys}, table {@code idempotency_keys})
 * for the other features' POSTs that book something at a carrier (e.g. pickups): one namespace of keys per tenant, the
 * same claim, wait and takeover, the same replay of the first answer. The resource a key completes with is the
 * feature's own id (a key's {@code shipment_id} column holds it).
 *
 * <p>Usage: {@link #claim} (empty: this request holds the key; else the id its request created), then either
 * {@link #complete} in the transaction that stores the resource followed by {@link #answer}, or {@link #release} when
 * nothing was booked.
 */
@Component
public class IdempotentRequests {

    private final JdbcIdempotencyKeys keys;

    IdempotentRequests(JdbcIdempotencyKeys keys) {
        this.keys = keys;
    }

    /** See {@link io.shipgate.routes.port.IdempotencyKeys#claim}: the id the same request created, or empty when {@code holder} now holds the key. */
    public Optional<UUID> claim(UUID tenantId, String key, String requestHash, UUID holder) {
        return keys.claim(tenantId, key, requestHash, holder);
    }

    /** Completes the key with the resource created, in the transaction that stores it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(UUID tenantId, String key, UUID holder, UUID resourceId) {
        keys.complete(tenantId, key, holder, resourceId);
    }

    /**
     * Stores the answer given for the key (the first stored wins and is returned), then wakes this node's requests
     * waiting for the key to replay it.
     */
    public String answer(UUID tenantId, String key, UUID holder, String requestHash, UUID resourceId, String answer) {
        try {
            return keys.storeAnswer(tenantId, key, resourceId, answer);
        } finally {
            keys.answered(tenantId, key, holder, requestHash, resourceId);
        }
    }

    /** The answer first given for the key's resource, when one was stored. */
    public Optional<String> storedAnswer(UUID tenantId, String key, UUID resourceId) {
        return keys.storedAnswer(tenantId, key, resourceId);
    }

    /** Gives the key back (nothing was created), and lets this node's requests waiting for it try themselves. */
    @Transactional
    public void release(UUID tenantId, String key, UUID holder) {
        try {
            keys.release(tenantId, key, holder);
        } finally {
            keys.released(tenantId, key, holder);
        }
    }
}

package io.shipgate.gateway.shipment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency keys of POST /v1/shipments ({@code idempotency_keys}, {@link JdbcIdempotencyKeys}) for other requests
 * that must not act twice (an NDR action): claimed through the routes' {@code IdempotencyKeys} port like a purchase's,
 * completed with the id of what the request created (the key's {@code shipment_id} column holds it), its answer stored
 * for replays. A feature scopes its keys with a prefix so that they never meet a shipment's. Used by NDR actions, returns
 * and pickups: one mechanism for every POST that books something at a carrier.
 */
@Component
public class IdempotentRequests {

    private final JdbcIdempotencyKeys keys;
    private final TransactionTemplate transactions;

    IdempotentRequests(JdbcIdempotencyKeys keys, TransactionTemplate transactions) {
        this.keys = keys;
        this.transactions = transactions;
    }

    /**
     * Claims the key for {@code holder} (see the routes' {@code IdempotencyKeys#claim}: waits while another request of
     * this node holds it): empty when {@code holder} now holds it, else the id the same request created.
     */
    public Optional<UUID> claim(UUID tenantId, String key, String requestHash, UUID holder) {
        return keys.claim(tenantId, key, requestHash, holder);
    }

    /** Completes the key {@code holder} claimed with the resource its request created, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(UUID tenantId, String key, UUID holder, UUID resourceId) {
        keys.complete(tenantId, key, holder, resourceId);
    }

    /** Releases the key {@code holder} claimed (nothing was done), in the caller's transaction; then {@link #released}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID tenantId, String key, UUID holder) {
        keys.release(tenantId, key, holder);
    }

    /**
     * Nothing was created and the caller holds no transaction: releases the key in one of its own, then lets this node's
     * requests waiting for it try themselves.
     */
    public void releaseNow(UUID tenantId, String key, UUID holder) {
        try {
            transactions.executeWithoutResult(status -> keys.release(tenantId, key, holder));
        } finally {
            keys.released(tenantId, key, holder);
        }
    }

    /** After the release committed: this node's requests waiting for the key try themselves. */
    public void released(UUID tenantId, String key, UUID holder) {
        keys.released(tenantId, key, holder);
    }

    /** Stores the answer of the key's request (the first stored is kept) and wakes this node's requests waiting to replay it. */
    public String answered(UUID tenantId, String key, UUID holder, String requestHash, UUID resourceId, String answer) {
        try {
            return keys.storeAnswer(tenantId, key, resourceId, answer);
        } finally {
            keys.answered(tenantId, key, holder, requestHash, resourceId);
        }
    }

    /** The answer stored for the key's request that created {@code resourceId}, if one was. */
    public Optional<String> storedAnswer(UUID tenantId, String key, UUID resourceId) {
        return keys.storedAnswer(tenantId, key, resourceId);
    }
}

package io.shipgate.gateway.shipment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.UUID;

/**
 * The Idempotency-Key mechanism of {@code POST /v1/shipments} ({@link JdbcIdempotencyKeys}), for other modules' requests
 * that create something at a carrier (a return): claim the key before the carrier is called, complete it with the id of
 * what was created in the transaction that stores it, store the answer every replay gets; or release it when nothing was
 * created. One table, one behaviour: concurrent requests with one key wait for the first, a key used with another body is a 422.
 */
@Component
public class RequestIdempotency {

    private final JdbcIdempotencyKeys keys;
    private final TransactionTemplate transactions;

    RequestIdempotency(JdbcIdempotencyKeys keys, TransactionTemplate transactions) {
        this.keys = keys;
        this.transactions = transactions;
    }

    /** Empty when {@code holder} now holds the key; the id of what the same request created when it completed before. */
    public Optional<UUID> claim(UUID tenantId, String key, String requestHash, UUID holder) {
        return keys.claim(tenantId, key, requestHash, holder);
    }

    /** Completes the key with what {@code holder} created, inside the transaction that stores it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(UUID tenantId, String key, UUID holder, UUID resourceId) {
        keys.complete(tenantId, key, holder, resourceId);
    }

    /**
     * Stores the answer given for the key (the first stored is the one every replay gets, and is returned), then wakes this
     * node's requests waiting for the key.
     */
    public String answered(UUID tenantId, String key, UUID holder, String requestHash, UUID resourceId, String answer) {
        try {
            return keys.storeAnswer(tenantId, key, resourceId, answer);
        } finally {
            keys.answered(tenantId, key, holder, requestHash, resourceId);
        }
    }

    /** The answer stored for the key's {@code resourceId}, if one was. */
    public Optional<String> storedAnswer(UUID tenantId, String key, UUID resourceId) {
        return keys.storedAnswer(tenantId, key, resourceId);
    }

    /** Nothing was created: the key is free again, and this node's requests waiting for it try themselves. */
    public void release(UUID tenantId, String key, UUID holder) {
        try {
            transactions.executeWithoutResult(status -> keys.release(tenantId, key, holder));
        } finally {
            keys.released(tenantId, key, holder);
        }
    }
}

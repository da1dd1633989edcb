package io.shipgate.gateway.shipment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The idempotency keys this node's requests hold (or are asking the database for) right now. A second
 * request with such a key waits here for the holder's outcome: no query, no database connection, and
 * its virtual thread parks without a platform thread. So one request per key and node reaches the database.
 */
final class LocalClaims {

    /** How a holder's purchase ended, as the requests waiting for its key learn it. */
    sealed interface Outcome {

        /** Answered (bought now, or already completed): a waiter with the same request replays the answer given for this shipment. */
        record Answered(String requestHash, UUID shipmentId) implements Outcome {
        }

        /** The key is free again (nothing was bought, or the holder failed to claim it): a waiter tries itself. */
        record Released() implements Outcome {
        }

        /** The purchase's outcome is unknown until the reconciler settles it, at the earliest at {@code settledAfter}. */
        record Unresolved(Instant settledAfter) implements Outcome {
        }
    }

    record Key(UUID tenantId, String key) {
    }

    private record Holder(UUID holder, CompletableFuture<Outcome> outcome) {
    }

    private final ConcurrentMap<Key, Holder> held = new ConcurrentHashMap<>();

    /** Empty when {@code holder} now holds the key on this node; else the outcome of the request that does. */
    Optional<CompletableFuture<Outcome>> hold(Key key, UUID holder) {
        Holder mine = new Holder(holder, new CompletableFuture<>());
        Holder running = held.putIfAbsent(key, mine);
        return running == null ? Optional.empty() : Optional.of(running.outcome());
    }

    /** {@code holder} is done with the key: its waiters learn the outcome. Nothing happens for a holder of another node. */
    void end(Key key, UUID holder, Outcome outcome) {
        Holder current = held.get(key);
        if (current != null && current.holder().equals(holder) && held.remove(key, current)) {
            current.outcome().complete(outcome);
        }
    }
}

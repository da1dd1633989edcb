package io.shipgate.carrier.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Answers a repeated request with the first answer, as carriers do for an {@code Idempotency-Key}:
 * the same key (per API key and path) within {@link #TTL} gets the same successful answer, so a
 * retry after a timeout never buys a second label. A concurrent repeat waits for the first; a
 * failed answer is not kept, so the request can be tried again; the same key with another body is
 * refused (422). At most {@value #CAPACITY} keys are kept, least recently used first out.
 */
final class IdempotencyCache {

    static final Duration TTL = Duration.ofHours(24);
    static final int CAPACITY = 10_000;

    private record Entry(Instant createdAt, byte[] bodyHash, CompletableFuture<SimulatorResponse> response) {
    }

    private final BoundedCache<String, Entry> entries = new BoundedCache<>(CAPACITY);

    /**
     * The successful answer kept for {@code key} (waiting for it while the first request is still
     * running), or null when there is none: never bought, failed, or forgotten.
     */
    SimulatorResponse find(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.createdAt().plus(TTL).isAfter(now)) {
            return null;
        }
        try {
            SimulatorResponse response = entry.response().join();
            return response.isSuccess() ? response : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The answer to the request with {@code key}: the kept one, or the one {@code action} makes now.
     *
     * @param key  the idempotency key, already scoped to the caller and endpoint
     */
    SimulatorResponse answer(String key, byte[] body, Instant now, Supplier<SimulatorResponse> action) {
        Entry candidate = new Entry(now, Digests.sha256(body), new CompletableFuture<>());
        Entry entry = entries.compute(key, current ->
                current != null && current.createdAt().plus(TTL).isAfter(now) ? current : candidate);
        if (entry != candidate) {
            if (!Arrays.equals(entry.bodyHash(), candidate.bodyHash())) {
                return SimulatorResponse.error(422, "IDEMPOTENCY_KEY_REUSED",
                        "this Idempotency-Key was used with another request body", null);
            }
            return entry.response().join();
        }
        try {
            SimulatorResponse response = action.get();
            if (!response.isSuccess()) {
                entries.remove(key, candidate);
            }
            candidate.response().complete(response);
            return response;
        } catch (RuntimeException | Error e) {
            entries.remove(key, candidate);
            candidate.response().completeExceptionally(e);
            throw e;
        }
    }
}

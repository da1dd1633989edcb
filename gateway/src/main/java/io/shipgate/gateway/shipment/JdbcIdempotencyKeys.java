package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.routes.port.IdempotencyKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Idempotency keys in PostgreSQL. A claim is one auto-committed INSERT .. ON CONFLICT DO NOTHING,
 * visible to every node before the carrier is called; the purchase intent then records which
 * purchase holds the key ({@code intent_id}).
 *
 * <p>A request that finds its key held waits, up to {@code shipgate.idempotency.wait-for-concurrent},
 * without holding a database connection: behind a request of this node it parks on that request's
 * outcome in memory ({@link LocalClaims}); behind a request of another node it asks again with
 * backoff, one short auto-committed query at a time (no transaction is open, so each query borrows a
 * connection for its own duration only). A key whose holder died before writing its purchase intent
 * (its claim lease, {@code shipgate.idempotency.lease}, ended) is taken over; one with an intent waits
 * for the reconciler, which settles it when the intent's lease ends.
 *
 * <p>A purchase completes its key with the shipment's id (in the purchase's transaction); the answer
 * the web layer then renders is stored with the key ({@link #storeAnswer}), and only then are this
 * node's waiters woken ({@link #answered}), so every replay answers those bytes.
 */
@Component
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration waitForConcurrent;
    private final Duration lease;
    private final LocalClaims local = new LocalClaims();

    JdbcIdempotencyKeys(JdbcClient jdbc, Clock clock,
                        @Value("${shipgate.idempotency.wait-for-concurrent:10s}") Duration waitForConcurrent,
                        @Value("${shipgate.idempotency.lease:30s}") Duration lease) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.waitForConcurrent = waitForConcurrent;
        this.lease = lease;
    }

    /** The key as stored, with the state of the purchase intent holding it (null when none). */
    private record Held(String requestHash, String state, UUID shipmentId, Instant lockedUntil, String intentState, Instant intentDueAt) {
    }

    @Override
    public Optional<UUID> claim(UUID tenantId, String key, String requestHash, UUID holder) {
        Instant deadline = clock.instant().plus(waitForConcurrent);
        LocalClaims.Key localKey = new LocalClaims.Key(tenantId, key);
        while (true) {
            Optional<CompletableFuture<LocalClaims.Outcome>> running = local.hold(localKey, holder);
            if (running.isPresent()) {
                LocalClaims.Outcome outcome = await(running.get(), deadline, key);
                if (outcome instanceof LocalClaims.Outcome.Answered answered && answered.requestHash().equals(requestHash)) {
                    return Optional.of(answered.shipmentId());
                }
                if (outcome instanceof LocalClaims.Outcome.Unresolved unresolved) {
                    throw inUse(key, unresolved.settledAfter());
                }
                continue; // released, or answered for another body: this request asks the database itself
            }
            try {
                Optional<UUID> replay = claimInDatabase(tenantId, key, requestHash, holder, deadline);
                replay.ifPresent(r -> local.end(localKey, holder, new LocalClaims.Outcome.Answered(requestHash, r)));
                return replay;
            } catch (RuntimeException e) {
                local.end(localKey, holder, new LocalClaims.Outcome.Released());
                throw e;
            }
        }
    }

    private Optional<UUID> claimInDatabase(UUID tenantId, String key, String requestHash, UUID holder, Instant deadline) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            Instant now = clock.instant();
            int claimed = jdbc.sql("""
                            INSERT INTO idempotency_keys (tenant_id, idempotency_key, request_hash, state, locked_until, intent_id)
                            VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?) ON CONFLICT DO NOTHING""")
                    .params(tenantId, key, requestHash, Timestamp.from(now.plus(lease)), holder)
                    .update();
            if (claimed == 1) {
                return Optional.empty();
            }
            Optional<Held> found = find(tenantId, key);
            if (found.isEmpty()) {
                continue; // released between our insert and select: try again
            }
            Held held = found.get();
            if (!held.requestHash().equals(requestHash)) {
                throw new ApiException(Problems.IDEMPOTENCY_KEY_REUSED, HttpStatus.UNPROCESSABLE_ENTITY,
                        "Idempotency-Key '" + key + "' was already used with a different request; use a new key for a new request");
            }
            if ("COMPLETED".equals(held.state())) {
                return Optional.of(held.shipmentId());
            }
            if ("NEEDS_ATTENTION".equals(held.intentState())) {
                throw new ApiException(Problems.PURCHASE_NEEDS_ATTENTION, HttpStatus.CONFLICT,
                        "the purchase with Idempotency-Key '" + key + "' was interrupted and whether the carrier sold a label could not"
                                + " be settled automatically; it is listed at GET /v1/purchase-intents?state=needs_attention");
            }
            if (held.intentState() == null && held.lockedUntil().isBefore(now) && takeOver(tenantId, key, holder, now)) {
                return Optional.empty();
            }
            if ("RECONCILING".equals(held.intentState())) {
                throw inUse(key, held.intentDueAt()); // nobody runs it any more: only the reconciler can settle it
            }
            if (!now.isBefore(deadline)) {
                throw inUse(key, held.intentState() == null ? held.lockedUntil() : held.intentDueAt());
            }
            sleep(jittered(pause.compareTo(Duration.between(now, deadline)) < 0 ? pause : Duration.between(now, deadline)));
            pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) < 0 ? pause.multipliedBy(2) : MAX_PAUSE;
        }
    }

    private Optional<Held> find(UUID tenantId, String key) {
        return jdbc.sql("""
                        SELECT k.request_hash, k.state, k.shipment_id, k.locked_until, i.state, i.next_attempt_at
                        FROM idempotency_keys k LEFT JOIN purchase_intents i ON i.id = k.intent_id
                        WHERE k.tenant_id = ? AND k.idempotency_key = ?""")
                .params(tenantId, key)
                .query((rs, n) -> new Held(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** Forgets up to {@code limit} keys completed before {@code before} (their requests answer no more); see {@link IdempotencyKeyPurge}. */
    int purgeCompleted(Instant before, int limit) {
        return jdbc.sql("""
                        DELETE FROM idempotency_keys WHERE (tenant_id, idempotency_key) IN (
                            SELECT tenant_id, idempotency_key FROM idempotency_keys
                            WHERE state = 'COMPLETED' AND completed_at < ? ORDER BY completed_at LIMIT ? FOR UPDATE SKIP LOCKED)""")
                .params(Timestamp.from(before), limit).update();
    }

    /** Takes over a key whose holder died before it wrote its purchase intent, so nothing can have been bought. */
    private boolean takeOver(UUID tenantId, String key, UUID holder, Instant now) {
        return jdbc.sql("""
                        UPDATE idempotency_keys k SET locked_until = ?, intent_id = ?
                        WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_PROGRESS' AND locked_until < ?
                          AND NOT EXISTS (SELECT 1 FROM purchase_intents i WHERE i.id = k.intent_id)""")
                .params(Timestamp.from(now.plus(lease)), holder, tenantId, key, Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Completes the key with the shipment bought and drops the purchase intent holding it (one
     * statement), inside the transaction that stored the shipment. This node's requests waiting for the
     * key are woken by {@link #answered} once the answer is stored (if the transaction does not commit,
     * the holder's failure path releases the key or leaves it to the reconciler).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(UUID tenantId, String key, UUID holder, UUID shipmentId) {
        jdbc.sql("""
                        WITH settled AS (DELETE FROM purchase_intents WHERE tenant_id = ? AND id = ?)
                        UPDATE idempotency_keys SET state = 'COMPLETED', shipment_id = ?, completed_at = ?
                        WHERE tenant_id = ? AND idempotency_key = ?""")
                .params(tenantId, holder, shipmentId, Timestamp.from(clock.instant()), tenantId, key)
                .update();
    }

    /**
     * Stores the answer given for the key's purchase of {@code shipmentId}, unless one is stored already;
     * returns the one stored (the first answer given is the one every replay gets).
     */
    String storeAnswer(UUID tenantId, String key, UUID shipmentId, String answer) {
        int stored = jdbc.sql("""
                        UPDATE idempotency_keys SET response_body = ?
                        WHERE tenant_id = ? AND idempotency_key = ? AND shipment_id = ? AND response_body IS NULL""")
                .params(answer, tenantId, key, shipmentId).update();
        return stored == 1 ? answer : storedAnswer(tenantId, key, shipmentId).orElse(answer);
    }

    /** The answer stored for the key's purchase of {@code shipmentId}: empty when none was stored (see {@link #storeAnswer}). */
    Optional<String> storedAnswer(UUID tenantId, String key, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT response_body FROM idempotency_keys
                        WHERE tenant_id = ? AND idempotency_key = ? AND shipment_id = ? AND response_body IS NOT NULL""")
                .params(tenantId, key, shipmentId)
                .query(String.class).optional();
    }

    /** {@code holder} bought {@code shipmentId} and its answer is stored (or could not be): this node's requests waiting for the key replay it. */
    void answered(UUID tenantId, String key, UUID holder, String requestHash, UUID shipmentId) {
        local.end(new LocalClaims.Key(tenantId, key), holder, new LocalClaims.Outcome.Answered(requestHash, shipmentId));
    }

    /** Releases the key {@code holder} holds, inside the caller's transaction; see {@link #released}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(UUID tenantId, String key, UUID holder) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_PROGRESS' AND intent_id = ?")
                .params(tenantId, key, holder).update();
    }

    /** {@code holder} gave the key up (or failed to): this node's requests waiting for it try themselves. */
    void released(UUID tenantId, String key, UUID holder) {
        local.end(new LocalClaims.Key(tenantId, key), holder, new LocalClaims.Outcome.Released());
    }

    /** The key stays held until the reconciler settles its purchase; its waiters are told to come back after {@code settledAfter}. */
    void leftUnresolved(UUID tenantId, String key, UUID holder, Instant settledAfter) {
        local.end(new LocalClaims.Key(tenantId, key), holder, new LocalClaims.Outcome.Unresolved(settledAfter));
    }

    private ApiException inUse(String key, Instant settledAfter) {
        long seconds = settledAfter == null ? 1 : Math.max(1, Duration.between(clock.instant(), settledAfter).toSeconds() + 1);
        return new ApiException(Problems.IDEMPOTENCY_KEY_IN_USE, HttpStatus.CONFLICT,
                "a request with Idempotency-Key '" + key + "' is still running or being settled; retry after " + seconds
                        + " s to get its result").retryAfter(Duration.ofSeconds(seconds));
    }

    private LocalClaims.Outcome await(CompletableFuture<LocalClaims.Outcome> outcome, Instant deadline, String key) {
        try {
            return outcome.get(Math.max(0, Duration.between(clock.instant(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw inUse(key, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a concurrent request", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Duration jittered(Duration pause) {
        return Duration.ofNanos((long) (pause.toNanos() * ThreadLocalRandom.current().nextDouble(0.75, 1.25)));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a concurrent request", e);
        }
    }
}

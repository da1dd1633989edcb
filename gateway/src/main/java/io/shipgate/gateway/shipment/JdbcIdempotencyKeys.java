package io.shipgate.gateway.shipment;

import io.shipgate.gateway.problem.ApiException;
import io.shipgate.gateway.problem.Problems;
import io.shipgate.routes.port.IdempotencyKeys;
import io.shipgate.routes.port.StoredResponse;
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

/**
 * Idempotency keys in PostgreSQL. A claim is one auto-committed INSERT .. ON CONFLICT DO NOTHING,
 * visible to every node before the carrier is called. A request that finds its key held waits
 * (up to {@code shipgate.idempotency.wait-for-concurrent}) for the holder's answer and returns it;
 * a key whose holder died (lease expired) is taken over.
 */
@Component
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private static final Duration POLL = Duration.ofMillis(25);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration waitForConcurrent;
    private final Duration lease;

    JdbcIdempotencyKeys(JdbcClient jdbc, Clock clock,
                        @Value("${shipgate.idempotency.wait-for-concurrent:10s}") Duration waitForConcurrent,
                        @Value("${shipgate.idempotency.lease:5m}") Duration lease) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.waitForConcurrent = waitForConcurrent;
        this.lease = lease;
    }

    private record Held(String requestHash, String state, UUID resourceId, Integer status, String body, Instant lockedUntil) {
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<StoredResponse> claim(UUID tenantId, String key, String requestHash) {
        Instant deadline = clock.instant().plus(waitForConcurrent);
        while (true) {
            Instant now = clock.instant();
            int claimed = jdbc.sql("""
                            INSERT INTO idempotency_keys (tenant_id, idempotency_key, request_hash, state, locked_until)
                            VALUES (?, ?, ?, 'IN_PROGRESS', ?) ON CONFLICT DO NOTHING""")
                    .params(tenantId, key, requestHash, Timestamp.from(now.plus(lease)))
                    .update();
            if (claimed == 1) {
                return Optional.empty();
            }
            Optional<Held> held = jdbc.sql("""
                            SELECT request_hash, state, resource_id, response_status, response_body, locked_until
                            FROM idempotency_keys WHERE tenant_id = ? AND idempotency_key = ?""")
                    .params(tenantId, key)
                    .query((rs, n) -> new Held(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                            (Integer) rs.getObject(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                    .optional();
            if (held.isEmpty()) {
                continue; // released between our insert and select: try again
            }
            Held h = held.get();
            if (!h.requestHash().equals(requestHash)) {
                throw new ApiException(Problems.IDEMPOTENCY_KEY_REUSED, HttpStatus.UNPROCESSABLE_ENTITY,
                        "Idempotency-Key '" + key + "' was already used with a different request; use a new key for a new request");
            }
            if ("COMPLETED".equals(h.state())) {
                return Optional.of(new StoredResponse(h.resourceId(), h.status(), h.body(), true));
            }
            if (h.lockedUntil().isBefore(now) && takeOver(tenantId, key, now)) {
                return Optional.empty();
            }
            if (now.isAfter(deadline)) {
                throw new ApiException(Problems.IDEMPOTENCY_KEY_IN_USE, HttpStatus.CONFLICT,
                        "a request with Idempotency-Key '" + key + "' is still running; retry shortly to get its result");
            }
            pause();
        }
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void release(UUID tenantId, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'")
                .params(tenantId, key).update();
    }

    /** Completes a claimed key with the answer, inside the caller's transaction that stored the result. */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(UUID tenantId, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET state = 'COMPLETED', resource_id = ?, response_status = ?, response_body = ?, completed_at = ?
                        WHERE tenant_id = ? AND idempotency_key = ?""")
                .params(response.resourceId(), response.status(), response.body(), Timestamp.from(clock.instant()), tenantId, key)
                .update();
    }

    private boolean takeOver(UUID tenantId, String key, Instant now) {
        return jdbc.sql("""
                        UPDATE idempotency_keys SET locked_until = ?
                        WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_PROGRESS' AND locked_until < ?""")
                .params(Timestamp.from(now.plus(lease)), tenantId, key, Timestamp.from(now))
                .update() == 1;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a concurrent request", e);
        }
    }
}

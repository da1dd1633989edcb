package io.shipgate.gateway.webhook;

import io.shipgate.routes.job.DueItem;
import io.shipgate.routes.job.DueWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The deliveries of events to endpoints (table {@code webhook_deliveries}), for the dispatcher. A run
 * first fans the outbox's new events out: one delivery per event and endpoint of its tenant that takes
 * its type (paused endpoints too: theirs wait), the event marked DISPATCHED in the same statement.
 * Then it claims due deliveries of enabled endpoints, each only while no earlier event of the same
 * aggregate (shipment) is still pending for that endpoint: per shipment and endpoint, events go in order.
 * The claim brings what each delivery sends (the event, one statement for the batch) and its endpoint
 * (one query for the batch's endpoints); the successful ones are settled together ({@link #delivered}).
 */
@Repository
class WebhookDeliveries implements DueWork<WebhookDeliveries.Delivery> {

    /**
     * Most events one fan-out statement takes, one statement before each claim: ten times a claim's
     * batch, so fan-out keeps ahead of a backlog's delivery (a run claims again while its claims come
     * back full) without holding back the first deliveries of a burst.
     */
    static final int FAN_OUT_BATCH = 1000;
    /** The advisory lock key of the fan-out (any constant no other feature uses). */
    static final long FAN_OUT_LOCK = 0x5348_4950_4741_5445L;
    /** Longest error text stored per attempt. */
    static final int MAX_ERROR = 500;

    /**
     * A claimed delivery, with what it sends and where.
     *
     * @param endpoint the endpoint as it was right after the claim; null when it was deleted in between
     */
    record Delivery(Long id, UUID endpointId, long eventId, int attempts, Message message, WebhookEndpoint endpoint) implements DueItem {

        @Override
        public String toString() {
            return "Delivery[id=" + id + ", endpointId=" + endpointId + ", eventId=" + eventId + ", attempts=" + attempts + "]";
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final WebhookEndpointRepository endpoints;
    private final Clock clock;

    WebhookDeliveries(JdbcClient jdbc, TransactionTemplate transactions, WebhookEndpointRepository endpoints, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /**
     * Fans new outbox events out to the endpoints that take them, oldest first; returns how many events.
     * One node at a time (a transaction-level advisory lock; the others skip it and only claim): were two
     * nodes to fan out a shipment's consecutive events at once, the later one could commit, and be
     * delivered, first.
     */
    int fanOut(int limit) {
        Integer fanned = transactions.execute(tx -> {
            boolean alone = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(FAN_OUT_LOCK).query(Boolean.class).single());
            if (!alone) {
                return 0;
            }
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return fanOutBatch(limit);
        });
        return fanned == null ? 0 : fanned;
    }

    /** New events in id order, through the partial index of pending ones by id (V16): never a walk through the dispatched ones. */
    private int fanOutBatch(int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        WITH events AS (
                            SELECT id, tenant_id, aggregate_id, event_type FROM outbox
                            WHERE state = 'PENDING' ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED
                        ), fanned AS (
                            INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, aggregate_id, state, next_attempt_at, created_at)
                            SELECT e.tenant_id, w.id, e.id, e.aggregate_id, 'pending', ?, ?
                            FROM events e JOIN webhook_endpoints w ON w.tenant_id = e.tenant_id
                            WHERE w.state <> 'disabled' AND ('*' = ANY (w.event_types) OR e.event_type = ANY (w.event_types))
                        )
                        UPDATE outbox o SET state = 'DISPATCHED', dispatched_at = ? FROM events e WHERE o.id = e.id""")
                .params(limit, now, now, now).update();
    }

    /**
     * {@inheritDoc} The claim walks the index on the due time in its order and stops after {@code limit}
     * rows however long the backlog. It orders by the due time alone (by id too, every due row would
     * be sorted), and runs without sorts ({@code enable_sort = off} for its transaction): with the
     * statistics of a table that had few pending deliveries (a new one, or before a burst), PostgreSQL
     * would otherwise think the due rows few, fetch them all by endpoint and sort them, 150 ms a claim
     * with 30,000 due instead of 0.5 ms.
     */
    @Override
    public List<Delivery> claimDue(int limit, Instant holdUntil) {
        fanOut(FAN_OUT_BATCH);
        List<Claimed> claimed = transactions.execute(tx -> {
            jdbc.sql("SET LOCAL enable_sort = off").update();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return claim(limit, holdUntil);
        });
        if (claimed == null || claimed.isEmpty()) {
            return List.of();
        }
        Map<UUID, WebhookEndpoint> byId = endpoints.findForDeliveries(claimed.stream().map(Claimed::endpointId).collect(Collectors.toSet()));
        return claimed.stream()
                .map(c -> new Delivery(c.id(), c.endpointId(), c.eventId(), c.attempts(), c.message(), byId.get(c.endpointId())))
                .toList();
    }

    private List<Claimed> claim(int limit, Instant holdUntil) {
        return jdbc.sql("""
                        WITH claimed AS (
                            UPDATE webhook_deliveries SET next_attempt_at = ?, attempts = attempts + 1
                            WHERE id IN (
                                SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
                                WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND w.state = 'enabled'
                                  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries earlier
                                                  WHERE earlier.endpoint_id = d.endpoint_id AND earlier.aggregate_id = d.aggregate_id
                                                    AND earlier.state = 'pending' AND earlier.event_id < d.event_id)
                                ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED)
                            RETURNING id, endpoint_id, event_id, attempts)
                        SELECT c.id, c.endpoint_id, c.event_id, c.attempts, o.event_id AS public_id, o.event_type, o.created_at,
                               o.payload::text AS payload
                        FROM claimed c JOIN outbox o ON o.id = c.event_id""")
                .params(Timestamp.from(holdUntil), Timestamp.from(clock.instant()), limit)
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getObject("endpoint_id", UUID.class), rs.getLong("event_id"),
                        rs.getInt("attempts"), new Message(rs.getObject("public_id", UUID.class), rs.getString("event_type"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("payload"))))
                .list();
    }

    private record Claimed(long id, UUID endpointId, long eventId, int attempts, Message message) {
    }

    /** What one delivery sends: the event (its public id, type, time, payload). */
    record Message(UUID eventId, String type, Instant createdAt, String payload) {
    }

    /** One HTTP attempt's result. */
    record Attempt(Instant at, Integer statusCode, long latencyMs, String error) {
    }

    /** A delivery whose attempt succeeded, to settle. */
    record Delivered(Delivery delivery, Attempt attempt) {
    }

    /**
     * Settles deliveries whose attempt succeeded, all in one statement: each one delivered and its
     * attempt recorded. A delivery gone meanwhile (its endpoint deleted) is left out.
     */
    void delivered(List<Delivered> done) {
        if (done.isEmpty()) {
            return;
        }
        long[] ids = new long[done.size()];
        String[] at = new String[done.size()];
        int[] status = new int[done.size()];
        int[] latency = new int[done.size()];
        for (int i = 0; i < done.size(); i++) {
            Attempt a = done.get(i).attempt();
            ids[i] = done.get(i).delivery().id();
            at[i] = a.at().toString();
            status[i] = a.statusCode();
            latency[i] = (int) Math.min(Integer.MAX_VALUE, a.latencyMs());
        }
        jdbc.sql("""
                        WITH done AS (
                            SELECT * FROM unnest(?::bigint[], ?::timestamptz[], ?::int[], ?::int[]) AS d(id, at, status_code, latency_ms)
                        ), settled AS (
                            UPDATE webhook_deliveries w SET state = 'delivered', delivered_at = done.at, last_error = NULL
                            FROM done WHERE w.id = done.id
                            RETURNING w.id, w.endpoint_id, done.at, done.status_code, done.latency_ms)
                        INSERT INTO webhook_delivery_attempts (delivery_id, endpoint_id, attempted_at, status_code, latency_ms)
                        SELECT id, endpoint_id, at, status_code, latency_ms FROM settled""")
                .params(ids, at, status, latency).update();
    }

    void failed(Delivery d, Attempt attempt, Instant retryAt) {
        transactions.executeWithoutResult(tx -> {
            record(d, attempt);
            if (retryAt == null) {
                dead(d.id(), attempt.error());
            } else {
                jdbc.sql("UPDATE webhook_deliveries SET next_attempt_at = ?, last_error = ? WHERE id = ?")
                        .params(Timestamp.from(retryAt), truncate(attempt.error()), d.id()).update();
            }
        });
    }

    /** The endpoint answered 410 Gone: it is disabled and what waited for it dead-lettered (replayable once it is enabled again). */
    void gone(Delivery d, Attempt attempt, WebhookEndpointRepository endpoints) {
        transactions.executeWithoutResult(tx -> {
            record(d, attempt);
            endpoints.disable(d.endpointId(), "the endpoint answered 410 Gone", attempt.at());
            jdbc.sql("UPDATE webhook_deliveries SET state = 'dead', last_error = ? WHERE endpoint_id = ? AND state = 'pending'")
                    .params("the endpoint answered 410 Gone and was disabled", d.endpointId()).update();
        });
    }

    /** Gives the claim back without counting it: the endpoint was paused or disabled since the claim. */
    void release(Delivery d) {
        jdbc.sql("UPDATE webhook_deliveries SET attempts = attempts - 1, next_attempt_at = ? WHERE id = ? AND state = 'pending'")
                .params(Timestamp.from(clock.instant()), d.id()).update();
    }

    @Override
    public void retryLater(Delivery d, Instant at, String reason) {
        jdbc.sql("UPDATE webhook_deliveries SET next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'pending'")
                .params(Timestamp.from(at), truncate(reason), d.id()).update();
    }

    @Override
    public void giveUp(Delivery d, String reason) {
        dead(d.id(), reason);
    }

    /** Dead-lettered deliveries of the endpoint, due again now with their attempts reset; returns how many. */
    int replayDead(UUID endpointId, Instant now) {
        return jdbc.sql("UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = ? WHERE endpoint_id = ? AND state = 'dead'")
                .params(Timestamp.from(now), endpointId).update();
    }

    /** A new delivery of an event to an endpoint (a redelivery), due now; the caller checked both belong to the tenant. */
    void redeliver(UUID tenantId, long eventId, UUID aggregateId, UUID endpointId, Instant now) {
        jdbc.sql("""
                        INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, aggregate_id, state, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, 'pending', ?, ?)""")
                .params(tenantId, endpointId, eventId, aggregateId, Timestamp.from(now), Timestamp.from(now)).update();
    }

    private void dead(long id, String reason) {
        jdbc.sql("UPDATE webhook_deliveries SET state = 'dead', last_error = ? WHERE id = ?").params(truncate(reason), id).update();
    }

    private void record(Delivery d, Attempt a) {
        jdbc.sql("""
                        INSERT INTO webhook_delivery_attempts (delivery_id, endpoint_id, attempted_at, status_code, latency_ms, error)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.endpointId(), Timestamp.from(a.at()), a.statusCode(), (int) Math.min(Integer.MAX_VALUE, a.latencyMs()),
                        truncate(a.error()))
                .update();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}

package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.port.PushInbox;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import io.shipgate.routes.tracking.PushHandOffRoute;
import io.shipgate.routes.tracking.ReceivedPush;
import io.shipgate.routes.tracking.StoredPush;
import io.shipgate.routes.tracking.TrackingUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Carrier pushes in PostgreSQL ({@code tracking_pushes}, {@code tracking_push_unmatched}): the routes'
 * {@link PushInbox}. What an adapter read of a push is stored as JSON with the carrier's own UTC offsets
 * (they are part of each event), and without the carrier's raw answer per AWB (the body is stored beside it).
 * Keeping an AWB unmatched and matching it later take one PostgreSQL advisory lock per account and AWB,
 * so a push processed while its shipment is being stored is either kept before the match runs or finds
 * the shipment: never kept after.
 */
@Component
class JdbcPushInbox implements PushInbox {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPushInbox.class);
    private static final TypeReference<List<TrackingResult>> RESULTS = new TypeReference<>() {
    };
    private static final String CLAIMED = "id, tenant_id, carrier_account_id, carrier, results::text, attempts, received_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Shipments shipments;
    private final RouteClient routes;
    private final Clock clock;
    private final Duration handOffGrace;

    JdbcPushInbox(JdbcClient jdbc, ObjectMapper mapper, Shipments shipments, RouteClient routes, Clock clock,
                  @Value("${shipgate.tracking.intake.transport:in-process}") String transport,
                  @Value("${shipgate.tracking.intake.handoff-grace:30s}") Duration handOffGrace) {
        this.jdbc = jdbc;
        // an event's time keeps the offset the carrier gave it (the API's mapper would move it to UTC)
        this.json = mapper.copy().disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        this.shipments = shipments;
        this.routes = routes;
        this.clock = clock;
        // with a broker, the intake job leaves a fresh push to the broker's consumer for a while
        this.handOffGrace = PushHandOffRoute.RABBITMQ.equalsIgnoreCase(transport.trim()) ? handOffGrace : Duration.ZERO;
    }

    @Override
    public UUID store(ReceivedPush push) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        List<TrackingResult> results = push.results().stream().map(JdbcPushInbox::withoutPayload).toList();
        jdbc.sql("""
                        INSERT INTO tracking_pushes (id, tenant_id, carrier_account_id, carrier, body, headers, results, shipments, events,
                            next_attempt_at, received_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""")
                .params(id, push.tenantId(), push.carrierAccountId(), push.carrier(), push.body(), write(push.headers()), write(results),
                        results.size(), push.events(), Timestamp.from(now.plus(handOffGrace)), Timestamp.from(now))
                .update();
        return id;
    }

    @Override
    public List<StoredPush> claimDue(int limit, Instant holdUntil) {
        Timestamp now = Timestamp.from(clock.instant());
        // in the order they arrived (RETURNING alone has no order): the intake ingests a claim's pushes in turn
        return jdbc.sql("""
                        WITH claimed AS (
                            UPDATE tracking_pushes SET next_attempt_at = ?, attempts = attempts + 1
                            WHERE id IN (SELECT id FROM tracking_pushes WHERE state = 'PENDING' AND next_attempt_at <= ?
                                         ORDER BY next_attempt_at, seq LIMIT ? FOR UPDATE SKIP LOCKED)
                            RETURNING seq,\s""" + CLAIMED + """
                        )
                        SELECT * FROM claimed ORDER BY seq""")
                .params(Timestamp.from(holdUntil), now, limit)
                .query((rs, n) -> stored(rs)).list();
    }

    @Override
    public Optional<StoredPush> claim(UUID pushId, Instant holdUntil) {
        return jdbc.sql("""
                        UPDATE tracking_pushes SET next_attempt_at = ?, attempts = attempts + 1
                        WHERE id = (SELECT id FROM tracking_pushes WHERE id = ? AND state = 'PENDING' AND attempts = 0 FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + CLAIMED)
                .params(Timestamp.from(holdUntil), pushId)
                .query((rs, n) -> stored(rs)).optional();
    }

    @Override
    public void retryLater(StoredPush push, Instant at, String reason) {
        jdbc.sql("UPDATE tracking_pushes SET next_attempt_at = ?, last_error = left(?, 1000) WHERE id = ? AND state = 'PENDING'")
                .params(Timestamp.from(at), reason, push.id()).update();
    }

    @Override
    public void giveUp(StoredPush push, String reason) {
        LOG.warn("push {} of {} account {} could not be processed: {}", push.id(), push.carrier(), push.carrierAccountId(), reason);
        jdbc.sql("UPDATE tracking_pushes SET state = 'DEAD', last_error = left(?, 1000) WHERE id = ?").params(reason, push.id()).update();
    }

    @Override
    @Transactional
    public void processTogether(List<StoredPush> pushes, Runnable work) {
        work.run();
        jdbc.sql("UPDATE tracking_pushes SET state = 'PROCESSED', processed_at = ?, last_error = NULL WHERE id = ANY(?::uuid[])")
                .params(Timestamp.from(clock.instant()), pushes.stream().map(StoredPush::id).toArray(UUID[]::new)).update();
    }

    @Override
    @Transactional
    public Optional<ShipmentSnapshot> keepUnmatched(StoredPush push, TrackingResult tracking) {
        lock(push.carrierAccountId(), tracking.awb());
        Optional<ShipmentSnapshot> appeared = shipments.findByAwb(push.tenantId(), push.carrierAccountId(), tracking.awb());
        if (appeared.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO tracking_push_unmatched (push_id, tenant_id, carrier_account_id, awb, tracking, received_at)
                            VALUES (?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT ON CONSTRAINT tracking_push_unmatched_once DO NOTHING""")
                    .params(push.id(), push.tenantId(), push.carrierAccountId(), tracking.awb(), write(withoutPayload(tracking)),
                            Timestamp.from(push.receivedAt()))
                    .update();
        }
        return appeared;
    }

    @Override
    @Transactional
    public int rematch(UUID tenantId, UUID carrierAccountId, String awb) {
        lock(carrierAccountId, awb);
        record Kept(TrackingResult tracking, Instant receivedAt, long id) {
        }
        List<Kept> kept = new ArrayList<>(jdbc.sql("""
                        DELETE FROM tracking_push_unmatched WHERE tenant_id = ? AND carrier_account_id = ? AND awb = ?
                        RETURNING tracking::text, received_at, id""")
                .params(tenantId, carrierAccountId, awb)
                .query((rs, n) -> new Kept(read(rs.getString(1), TrackingResult.class), rs.getTimestamp(2).toInstant(), rs.getLong(3)))
                .list());
        if (kept.isEmpty()) {
            return 0;
        }
        ShipmentSnapshot shipment = shipments.findByAwb(tenantId, carrierAccountId, awb).orElseThrow(() -> new IllegalStateException(
                "rematch of an AWB with no shipment of account " + carrierAccountId + ": call it after the shipment is stored"));
        kept.sort(Comparator.comparing(Kept::receivedAt).thenComparing(Kept::id));
        for (Kept k : kept) {
            routes.send(Endpoints.INGEST_TRACKING, new TrackingUpdate(shipment, k.tracking(), TrackingUpdate.Source.WEBHOOK));
        }
        LOG.info("shipment {}: tracking of {} earlier pushes matched", shipment.id(), kept.size());
        return kept.size();
    }

    /** Deletes up to {@code limit} pushes processed before {@code before}, oldest first. */
    int purgeProcessed(Instant before, int limit) {
        return jdbc.sql("""
                        DELETE FROM tracking_pushes WHERE id IN (
                            SELECT id FROM tracking_pushes WHERE state = 'PROCESSED' AND processed_at < ?
                            ORDER BY processed_at LIMIT ? FOR UPDATE SKIP LOCKED)""")
                .params(Timestamp.from(before), limit).update();
    }

    /** Deletes up to {@code limit} unmatched AWBs' tracking received before {@code before} (never matched), oldest first. */
    int purgeUnmatched(Instant before, int limit) {
        return jdbc.sql("""
                        DELETE FROM tracking_push_unmatched WHERE id IN (
                            SELECT id FROM tracking_push_unmatched WHERE received_at < ?
                            ORDER BY received_at LIMIT ? FOR UPDATE SKIP LOCKED)""")
                .params(Timestamp.from(before), limit).update();
    }

    /** One account's AWB at a time, until the transaction ends. */
    private void lock(UUID carrierAccountId, String awb) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 16))").params(carrierAccountId.toString(), awb)
                .query((rs, n) -> 1).list();
    }

    /** A claimed push; one whose stored reading cannot be read back has none (its attempt fails, alone). */
    private StoredPush stored(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<TrackingResult> results = null;
        try {
            results = read(rs.getString("results"), RESULTS);
        } catch (RuntimeException e) {
            LOG.warn("push {}: its stored reading cannot be read back ({})", id, e.getClass().getSimpleName());
        }
        return new StoredPush(id, rs.getObject("tenant_id", UUID.class), rs.getObject("carrier_account_id", UUID.class),
                rs.getString("carrier"), results, rs.getInt("attempts"), rs.getTimestamp("received_at").toInstant());
    }

    private static TrackingResult withoutPayload(TrackingResult r) {
        return new TrackingResult(r.awb(), r.status(), r.events(), r.estimatedDelivery(), null, r.latestDelivery(), r.deliveredAt());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

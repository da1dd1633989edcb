package io.shipgate.gateway.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's event log (the outbox, kept for shipgate.outbox.retention) and its endpoints' delivery attempts, newest first. */
@Repository
class WebhookLog {

    static final int MAX_LIMIT = 100;
    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>> PAYLOAD =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    WebhookLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored event: its row id (for deliveries) and its view. */
    record StoredEvent(long rowId, EventView view) {
    }

    EventPage events(UUID tenantId, String type, UUID shipmentId, int limit, String cursor) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, event_id, event_type, event_version, aggregate_id, created_at, payload::text FROM outbox WHERE tenant_id = ?""");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (type != null) {
            sql.append(" AND event_type = ?");
            params.add(type);
        }
        if (shipmentId != null) {
            sql.append(" AND aggregate_id = ?");
            params.add(shipmentId);
        }
        if (cursor != null) {
            sql.append(" AND id < ?");
            params.add(decode(cursor));
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(limit + 1);
        List<StoredEvent> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> stored(rs)).list();
        return new EventPage(rows.stream().limit(limit).map(StoredEvent::view).toList(),
                rows.size() > limit ? encode(rows.get(limit - 1).rowId()) : null);
    }

    Optional<StoredEvent> event(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        SELECT id, event_id, event_type, event_version, aggregate_id, created_at, payload::text FROM outbox
                        WHERE tenant_id = ? AND event_id = ?""")
                .params(tenantId, eventId).query((rs, n) -> stored(rs)).optional();
    }

    DeliveryAttemptPage attempts(UUID endpointId, int limit, String cursor) {
        List<DeliveryAttemptView> rows = jdbc.sql("""
                        SELECT a.id, o.event_id, o.event_type, a.attempted_at, a.status_code, a.latency_ms, a.error, d.state
                        FROM webhook_delivery_attempts a
                        JOIN webhook_deliveries d ON d.id = a.delivery_id
                        JOIN outbox o ON o.id = d.event_id
                        WHERE a.endpoint_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?""")
                .params(endpointId, cursor == null ? Long.MAX_VALUE : decode(cursor), limit + 1)
                .query((rs, n) -> new DeliveryAttemptView(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                        rs.getTimestamp("attempted_at").toInstant(), (Integer) rs.getObject("status_code"), rs.getLong("latency_ms"),
                        rs.getString("error"), rs.getString("state")))
                .list();
        return new DeliveryAttemptPage(rows.stream().limit(limit).toList(), rows.size() > limit ? encode(rows.get(limit - 1).id()) : null);
    }

    private StoredEvent stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return new StoredEvent(rs.getLong("id"), new EventView(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                    rs.getInt("event_version"), rs.getObject("aggregate_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                    json.readValue(rs.getString("payload"), PAYLOAD)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(id).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this API returned");
        }
    }
}

package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.secrets.CredentialCipher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Webhook endpoints; signing secrets are sealed with the {@link CredentialCipher} on the way in and opened on the way out. */
@Repository
class WebhookEndpointRepository {

    private static final String COLUMNS = """
            id, tenant_id, url, description, event_types, state, disabled_reason, secret, secret_key_id,
            previous_secret, previous_secret_key_id, previous_secret_expires_at, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final CredentialCipher cipher;

    WebhookEndpointRepository(JdbcClient jdbc, CredentialCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(WebhookEndpoint e) {
        jdbc.sql("""
                        INSERT INTO webhook_endpoints (id, tenant_id, url, description, event_types, state, secret, secret_key_id, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)""")
                .params(e.id(), e.tenantId(), e.url(), e.description(), textArray(e.eventTypes()), e.state(),
                        cipher.seal(e.secret(), associatedData(e.tenantId(), e.id())), cipher.keyId(),
                        Timestamp.from(e.createdAt()), Timestamp.from(e.updatedAt()))
                .update();
    }

    void update(WebhookEndpoint e) {
        jdbc.sql("""
                        UPDATE webhook_endpoints SET url = ?, description = ?, event_types = ?::text[], state = ?, disabled_reason = ?, updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(e.url(), e.description(), textArray(e.eventTypes()), e.state(), e.disabledReason(), Timestamp.from(e.updatedAt()),
                        e.tenantId(), e.id())
                .update();
    }

    /** A new secret; the current one becomes the previous one until {@code previousExpiresAt}. */
    void rotate(UUID tenantId, UUID id, String newSecret, Instant previousExpiresAt, Instant now) {
        jdbc.sql("""
                        UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_key_id = secret_key_id,
                            previous_secret_expires_at = ?, secret = ?, secret_key_id = ?, updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(Timestamp.from(previousExpiresAt), cipher.seal(newSecret, associatedData(tenantId, id)), cipher.keyId(),
                        Timestamp.from(now), tenantId, id)
                .update();
    }

    /** Disables the endpoint (it answered 410 Gone). */
    void disable(UUID id, String reason, Instant now) {
        jdbc.sql("UPDATE webhook_endpoints SET state = 'disabled', disabled_reason = ?, updated_at = ? WHERE id = ?")
                .params(reason, Timestamp.from(now), id).update();
    }

    boolean delete(UUID tenantId, UUID id) {
        return jdbc.sql("DELETE FROM webhook_endpoints WHERE tenant_id = ? AND id = ?").params(tenantId, id).update() == 1;
    }

    Optional<WebhookEndpoint> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(mapper()).optional();
    }

    /** Endpoints by id whatever their tenant (those that exist): only for the dispatcher, whose deliveries name them. */
    Map<UUID, WebhookEndpoint> findForDeliveries(Collection<UUID> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = ANY (?::uuid[])")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(mapper()).list().stream()
                .collect(Collectors.toMap(WebhookEndpoint::id, Function.identity()));
    }

    List<WebhookEndpoint> list(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE tenant_id = ? ORDER BY created_at, id").param(tenantId)
                .query(mapper()).list();
    }

    int count(UUID tenantId) {
        return jdbc.sql("SELECT count(*) FROM webhook_endpoints WHERE tenant_id = ?").param(tenantId).query(Integer.class).single();
    }

    private RowMapper<WebhookEndpoint> mapper() {
        return (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID tenantId = rs.getObject("tenant_id", UUID.class);
            String ad = associatedData(tenantId, id);
            byte[] previous = rs.getBytes("previous_secret");
            Timestamp previousExpires = rs.getTimestamp("previous_secret_expires_at");
            return new WebhookEndpoint(id, tenantId, rs.getString("url"), rs.getString("description"), strings(rs.getArray("event_types")),
                    rs.getString("state"), rs.getString("disabled_reason"),
                    cipher.open(rs.getBytes("secret"), ad, rs.getString("secret_key_id")),
                    previous == null ? null : cipher.open(previous, ad, rs.getString("previous_secret_key_id")),
                    previousExpires == null ? null : previousExpires.toInstant(),
                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    /** A text[] literal: each element quoted, quotes and backslashes escaped. */
    private static String textArray(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static String associatedData(UUID tenantId, UUID endpointId) {
        return "shipgate:webhook-endpoint:" + tenantId + ":" + endpointId;
    }
}

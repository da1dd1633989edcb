package io.shipgate.gateway.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.platform.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * API keys: issued (only the digest is stored), listed, revoked, and resolved to their
 * {@link ApiKeyPrincipal} for each request.
 *
 * <p>Resolved keys are remembered for {@link #CACHE_TTL}. A revocation drops the key from every
 * node's cache at once: this node after its commit, the others when PostgreSQL notifies them
 * ({@link ApiKeyChangeListener}); the TTL only bounds how long a node that missed notifications
 * (its listening connection was down) may still accept a revoked key.
 */
@Repository
class ApiKeyRepository {

    static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private static final String COLUMNS = "id, tenant_id, kind, name, key_prefix, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<ByteBuffer, ApiKeyPrincipal> byDigest = Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TTL).maximumSize(100_000).build();

    private final AllowedOriginsIndex origins;

    ApiKeyRepository(JdbcClient jdbc, Clock clock, AllowedOriginsIndex origins) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.origins = origins;
    }

    /** A stored key, without its secret. */
    record StoredKey(UUID id, UUID tenantId, ApiKeyKind kind, String name, String prefix, Instant createdAt,
                     Instant lastUsedAt, Instant revokedAt) {
    }

    /** A new key: its secret exists only here, shown once. */
    record IssuedKey(StoredKey stored, String secret) {
        @Override
        public String toString() {
            return "IssuedKey[" + stored + ", secret hidden]";
        }
    }

    IssuedKey issue(UUID tenantId, ApiKeyKind kind, String name) {
        String secret = ApiKeys.generate(kind);
        StoredKey key = new StoredKey(Ids.newId(clock), tenantId, kind, name, ApiKeys.displayPrefix(kind, secret),
                clock.instant(), null, null);
        jdbc.sql("INSERT INTO api_keys (id, tenant_id, kind, key_digest, key_prefix, name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(key.id(), tenantId, kind.wireName(), ApiKeys.digest(secret), key.prefix(), name, Timestamp.from(key.createdAt()))
                .update();
        return new IssuedKey(key, secret);
    }

    /** The tenant's keys (or, with {@code tenantId} null, the operator keys), oldest first. */
    List<StoredKey> list(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE tenant_id IS NOT DISTINCT FROM ? ORDER BY created_at, id")
                .param(tenantId).query(mapper()).list();
    }

    Optional<StoredKey> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE id = ?").param(id).query(mapper()).optional();
    }

    /** Revokes the key (already revoked: unchanged) and drops it from this node's cache once committed. */
    void revoke(UUID id) {
        jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), id).update();
        afterCommit(() -> forgetKey(id));
    }

    /**
     * The principal of a presented key, or empty when it is unknown or revoked. A key loaded from
     * the database has its {@code last_used_at} set in the same statement, so that column is
     * precise to the cache's lifetime at no cost per request. Unknown keys are asked every time.
     */
    Optional<ApiKeyPrincipal> authenticate(String secret) {
        ByteBuffer digest = ByteBuffer.wrap(ApiKeys.digest(secret));
        return Optional.ofNullable(byDigest.get(digest, d -> jdbc.sql("""
                        WITH k AS (
                            UPDATE api_keys SET last_used_at = now() WHERE key_digest = ? AND revoked_at IS NULL
                            RETURNING id, kind, tenant_id)
                        SELECT k.id, k.kind, t.id AS tenant_id, t.name, t.rate_limit_per_second, t.rate_limit_burst, t.allowed_origins
                        FROM k LEFT JOIN tenants t ON t.id = k.tenant_id""")
                .param(d.array())
                .query((rs, n) -> principal(rs))
                .optional()
                .orElse(null)));
    }

    void forgetKey(UUID keyId) {
        forget(p -> p.keyId().equals(keyId));
    }

    /** A tenant's rate limit or allowed origins changed. */
    void forgetTenant(UUID tenantId) {
        forget(p -> p.tenant() != null && p.tenant().id().equals(tenantId));
        origins.forgetAll();
    }

    void forgetAll() {
        byDigest.invalidateAll();
        origins.forgetAll();
    }

    private void forget(Predicate<ApiKeyPrincipal> which) {
        byDigest.asMap().values().removeIf(which);
    }

    static void afterCommit(Runnable action) {
        action.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }

    private static ApiKeyPrincipal principal(ResultSet rs) throws SQLException {
        UUID tenantId = rs.getObject("tenant_id", UUID.class);
        Tenant tenant = tenantId == null ? null : new Tenant(tenantId, rs.getString("name"));
        java.sql.Array origins = rs.getArray("allowed_origins");
        return new ApiKeyPrincipal(rs.getObject("id", UUID.class), ApiKeyKind.fromWireName(rs.getString("kind")), tenant,
                new TenantRateLimit((Integer) rs.getObject("rate_limit_per_second"), (Integer) rs.getObject("rate_limit_burst")),
                origins == null ? Set.of() : Set.of((String[]) origins.getArray()));
    }

    private static RowMapper<StoredKey> mapper() {
        return (rs, n) -> new StoredKey(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                ApiKeyKind.fromWireName(rs.getString("kind")), rs.getString("name"), rs.getString("key_prefix"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

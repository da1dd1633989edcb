package io.shipgate.gateway.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.support.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Tenants and their API keys. */
@Repository
public class TenantRepository {

    static final Duration KEY_CACHE_TTL = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<ByteBuffer, Tenant> tenantsByKey = Caffeine.newBuilder()
            .expireAfterWrite(KEY_CACHE_TTL).maximumSize(100_000).build();

    TenantRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Tenant create(String name) {
        Tenant tenant = new Tenant(Ids.newId(clock), name);
        jdbc.sql("INSERT INTO tenants (id, name) VALUES (?, ?)").params(tenant.id(), name).update();
        return tenant;
    }

    /** Issues a new API key for the tenant and returns it; only its digest is kept. */
    @Transactional
    public String issueApiKey(UUID tenantId, String name) {
        String key = ApiKeys.generate();
        jdbc.sql("INSERT INTO api_keys (id, tenant_id, key_digest, key_prefix, name) VALUES (?, ?, ?, ?, ?)")
                .params(Ids.newId(clock), tenantId, ApiKeys.digest(key), ApiKeys.displayPrefix(key), name)
                .update();
        return key;
    }

    /**
     * The tenant of an API key. Known keys are remembered for {@link #KEY_CACHE_TTL} (a revoked key
     * works that much longer on a node that saw it); unknown keys are asked every time.
     */
    public Optional<Tenant> findByApiKey(String key) {
        ByteBuffer digest = ByteBuffer.wrap(ApiKeys.digest(key));
        return Optional.ofNullable(tenantsByKey.get(digest, d -> jdbc.sql("""
                        SELECT t.id, t.name FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
                        WHERE k.key_digest = ? AND k.revoked_at IS NULL""")
                .param(d.array())
                .query((rs, n) -> new Tenant(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional()
                .orElse(null)));
    }

    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants)").query(Boolean.class).single();
    }
}

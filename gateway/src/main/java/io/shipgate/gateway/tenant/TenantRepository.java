package io.shipgate.gateway.tenant;

import io.shipgate.gateway.support.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Tenants and their API keys. */
@Repository
public class TenantRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

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

    public Optional<Tenant> findByApiKey(String key) {
        return jdbc.sql("""
                        SELECT t.id, t.name FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
                        WHERE k.key_digest = ? AND k.revoked_at IS NULL""")
                .param(ApiKeys.digest(key))
                .query((rs, n) -> new Tenant(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants)").query(Boolean.class).single();
    }
}

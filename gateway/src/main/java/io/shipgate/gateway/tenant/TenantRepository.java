package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants. Their API keys are in {@link ApiKeyRepository}. */
@Repository
class TenantRepository {

    private static final String COLUMNS = "id, name, rate_limit_per_second, rate_limit_burst, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    TenantRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A tenant as the operator sees it. */
    record StoredTenant(Tenant tenant, TenantRateLimit rateLimit, Instant createdAt) {
    }

    StoredTenant create(String name, TenantRateLimit rateLimit) {
        StoredTenant tenant = new StoredTenant(new Tenant(Ids.newId(clock), name), rateLimit, clock.instant());
        jdbc.sql("INSERT INTO tenants (id, name, rate_limit_per_second, rate_limit_burst, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(tenant.tenant().id(), name, rateLimit.requestsPerSecond(), rateLimit.burst(), Timestamp.from(tenant.createdAt()))
                .update();
        return tenant;
    }

    List<StoredTenant> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants ORDER BY created_at, id").query(mapper()).list();
    }

    Optional<StoredTenant> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants WHERE id = ?").param(id).query(mapper()).optional();
    }

    void update(UUID id, String name, TenantRateLimit rateLimit) {
        jdbc.sql("UPDATE tenants SET name = ?, rate_limit_per_second = ?, rate_limit_burst = ? WHERE id = ?")
                .params(name, rateLimit.requestsPerSecond(), rateLimit.burst(), id).update();
    }

    boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants)").query(Boolean.class).single();
    }

    private static RowMapper<StoredTenant> mapper() {
        return (rs, n) -> new StoredTenant(new Tenant(rs.getObject("id", UUID.class), rs.getString("name")),
                new TenantRateLimit((Integer) rs.getObject("rate_limit_per_second"), (Integer) rs.getObject("rate_limit_burst")),
                rs.getTimestamp("created_at").toInstant());
    }
}

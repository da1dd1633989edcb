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

    private static final String COLUMNS = "id, name, slug, allowed_origins, rate_limit_per_second, rate_limit_burst, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    TenantRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A tenant as the operator sees it. */
    record StoredTenant(Tenant tenant, String slug, List<String> allowedOrigins, TenantRateLimit rateLimit, Instant createdAt) {
    }

    /** A new tenant; its slug comes from its name (with a random suffix when another tenant has it). */
    StoredTenant create(String name, TenantRateLimit rateLimit) {
        String slug = Slugs.fromName(name);
        while (slugTaken(slug, null)) {
            slug = Slugs.withSuffix(Slugs.fromName(name));
        }
        StoredTenant tenant = new StoredTenant(new Tenant(Ids.newId(clock), name), slug, List.of(), rateLimit, clock.instant());
        jdbc.sql("INSERT INTO tenants (id, name, slug, rate_limit_per_second, rate_limit_burst, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(tenant.tenant().id(), name, slug, rateLimit.requestsPerSecond(), rateLimit.burst(), Timestamp.from(tenant.createdAt()))
                .update();
        return tenant;
    }

    Optional<StoredTenant> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants WHERE slug = ?").param(slug).query(mapper()).optional();
    }

    /** Whether a tenant other than {@code except} has the slug. */
    boolean slugTaken(String slug, UUID except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants WHERE slug = ? AND id IS DISTINCT FROM ?)").params(slug, except)
                .query(Boolean.class).single();
    }

    List<StoredTenant> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants ORDER BY created_at, id").query(mapper()).list();
    }

    Optional<StoredTenant> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants WHERE id = ?").param(id).query(mapper()).optional();
    }

    void update(UUID id, String name, String slug, List<String> allowedOrigins, TenantRateLimit rateLimit) {
        jdbc.sql("UPDATE tenants SET name = ?, slug = ?, allowed_origins = ?, rate_limit_per_second = ?, rate_limit_burst = ? WHERE id = ?")
                .params(name, slug, allowedOrigins.toArray(String[]::new), rateLimit.requestsPerSecond(), rateLimit.burst(), id).update();
    }

    boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants)").query(Boolean.class).single();
    }

    private static RowMapper<StoredTenant> mapper() {
        return (rs, n) -> new StoredTenant(new Tenant(rs.getObject("id", UUID.class), rs.getString("name")), rs.getString("slug"),
                List.of((String[]) rs.getArray("allowed_origins").getArray()),
                new TenantRateLimit((Integer) rs.getObject("rate_limit_per_second"), (Integer) rs.getObject("rate_limit_burst")),
                rs.getTimestamp("created_at").toInstant());
    }
}

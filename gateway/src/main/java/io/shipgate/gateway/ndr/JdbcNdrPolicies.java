package io.shipgate.gateway.ndr;

import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenants' NDR policies ({@code ndr_policies}). */
@Component
class JdbcNdrPolicies {

    private static final String COLUMNS = "id, tenant_id, name, priority, enabled, conditions::text AS conditions, action, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcNdrPolicies(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The tenant's policies in the order they are tried: priority, then oldest first. */
    List<NdrPolicy> list(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_policies WHERE tenant_id = ? ORDER BY priority, created_at, id")
                .param(tenantId).query(this::policy).list();
    }

    Optional<NdrPolicy> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ndr_policies WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(this::policy).optional();
    }

    int count(UUID tenantId) {
        return jdbc.sql("SELECT count(*) FROM ndr_policies WHERE tenant_id = ?").param(tenantId).query(Integer.class).single();
    }

    void insert(NdrPolicy p) {
        jdbc.sql("""
                        INSERT INTO ndr_policies (id, tenant_id, name, priority, enabled, conditions, action, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(p.id(), p.tenantId(), p.name(), p.priority(), p.enabled(), json.write(p.conditions()), p.action(),
                        Timestamp.from(p.createdAt()), Timestamp.from(p.updatedAt()))
                .update();
    }

    void update(NdrPolicy p) {
        jdbc.sql("""
                        UPDATE ndr_policies SET name = ?, priority = ?, enabled = ?, conditions = ?::jsonb, action = ?, updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(p.name(), p.priority(), p.enabled(), json.write(p.conditions()), p.action(), Timestamp.from(p.updatedAt()),
                        p.tenantId(), p.id())
                .update();
    }

    boolean delete(UUID tenantId, UUID id) {
        return jdbc.sql("DELETE FROM ndr_policies WHERE tenant_id = ? AND id = ?").params(tenantId, id).update() == 1;
    }

    private NdrPolicy policy(ResultSet rs, int n) throws SQLException {
        return new NdrPolicy(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("name"), rs.getInt("priority"),
                rs.getBoolean("enabled"), json.read(rs.getString("conditions"), NdrPolicyConditions.class), rs.getString("action"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}

package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenants' rule versions ({@code recommendation_rules}, {@code recommendation_rule_generation}); every read names the tenant. */
@Repository
class RuleVersions {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    RuleVersions(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the rules as the tenant's next version. Must run in a transaction: the generation's row lock orders versions until commit. */
    RuleSet store(UUID tenantId, RecommendationRules rules, Instant now) {
        // the generation row is locked first: PUTs (rare) run one at a time, each numbering its version after the one before
        long generation = jdbc.sql("UPDATE recommendation_rule_generation SET value = value + 1 RETURNING value").query(Long.class).single();
        int version = jdbc.sql("SELECT COALESCE(max(version), 0) + 1 FROM recommendation_rules WHERE tenant_id = ?")
                .param(tenantId).query(Integer.class).single();
        jdbc.sql("INSERT INTO recommendation_rules (tenant_id, version, rules, created_at, generation) VALUES (?, ?, ?::jsonb, ?, ?)")
                .params(tenantId, version, json.write(rules), Timestamp.from(now), generation).update();
        return new RuleSet(version, now, rules);
    }

    /** The tenant's latest version, or the defaults (version 0). */
    RuleSet current(UUID tenantId) {
        return jdbc.sql("SELECT version, rules, created_at FROM recommendation_rules WHERE tenant_id = ? ORDER BY version DESC LIMIT 1")
                .param(tenantId).query((rs, n) -> row(rs)).optional().orElse(RuleSet.DEFAULTS);
    }

    Optional<RuleSet> version(UUID tenantId, int version) {
        if (version == 0) {
            return Optional.of(RuleSet.DEFAULTS);
        }
        return jdbc.sql("SELECT version, rules, created_at FROM recommendation_rules WHERE tenant_id = ? AND version = ?")
                .params(tenantId, version).query((rs, n) -> row(rs)).optional();
    }

    /** The tenant's versions, newest first. */
    List<RuleSet> versions(UUID tenantId, int limit) {
        return jdbc.sql("SELECT version, rules, created_at FROM recommendation_rules WHERE tenant_id = ? ORDER BY version DESC LIMIT ?")
                .params(tenantId, limit).query((rs, n) -> row(rs)).list();
    }

    /** A tenant whose rules got a new version, with the version's generation. */
    record Stored(UUID tenantId, long generation) {
    }

    List<Stored> storedAfter(long generation) {
        return jdbc.sql("SELECT tenant_id, generation FROM recommendation_rules WHERE generation > ?").param(generation)
                .query((rs, n) -> new Stored(rs.getObject("tenant_id", UUID.class), rs.getLong("generation"))).list();
    }

    long generation() {
        return jdbc.sql("SELECT value FROM recommendation_rule_generation").query(Long.class).single();
    }

    private RuleSet row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RuleSet(rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                json.read(rs.getString("rules"), RecommendationRules.class));
    }
}

package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The table {@code label_profiles}; every query names the tenant. */
@Repository
class JdbcLabelProfiles {

    private static final String COLUMNS = "id, name, format, page_size, labels_per_page, dpi, warehouse_id, is_default, created_at, updated_at";
    private static final RowMapper<LabelProfileView> ROW = (rs, n) -> new LabelProfileView(rs.getObject("id", UUID.class),
            rs.getString("name"), LabelFormat.valueOf(rs.getString("format")),
            rs.getString("page_size") == null ? null : PageSize.of(rs.getString("page_size")),
            rs.getString("format").equals("PDF") ? rs.getInt("labels_per_page") : null,
            (Integer) rs.getObject("dpi"), rs.getObject("warehouse_id", UUID.class), rs.getBoolean("is_default"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;

    JdbcLabelProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID tenantId, UUID id, LabelProfileView p, Instant now) {
        jdbc.sql("INSERT INTO label_profiles (id, tenant_id, warehouse_id, name, format, page_size, labels_per_page, dpi, is_default, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, tenantId, p.warehouseId(), p.name(), p.format().name(), p.pageSize() == null ? null : p.pageSize().wireName(),
                        p.labelsPerPage() == null ? 1 : p.labelsPerPage(), p.dpi(), p.isDefault(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    boolean update(UUID tenantId, UUID id, LabelProfileView p, Instant now) {
        return jdbc.sql("UPDATE label_profiles SET warehouse_id = ?, name = ?, format = ?, page_size = ?, labels_per_page = ?, dpi = ?, "
                        + "is_default = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(p.warehouseId(), p.name(), p.format().name(), p.pageSize() == null ? null : p.pageSize().wireName(),
                        p.labelsPerPage() == null ? 1 : p.labelsPerPage(), p.dpi(), p.isDefault(), Timestamp.from(now), tenantId, id)
                .update() == 1;
    }

    /** The scope's default is no longer one (before another becomes it, in the same transaction). */
    void clearDefault(UUID tenantId, UUID warehouseId) {
        jdbc.sql("UPDATE label_profiles SET is_default = false WHERE tenant_id = ? AND is_default AND warehouse_id IS NOT DISTINCT FROM ?::uuid")
                .params(tenantId, warehouseId).update();
    }

    Optional<LabelProfileView> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM label_profiles WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(ROW).optional();
    }

    /** The warehouse's default, else the tenant-wide one. */
    Optional<LabelProfileView> findDefault(UUID tenantId, UUID warehouseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM label_profiles WHERE tenant_id = ? AND is_default "
                        + "AND (warehouse_id IS NULL OR warehouse_id = ?::uuid) ORDER BY warehouse_id NULLS LAST LIMIT 1")
                .params(tenantId, warehouseId).query(ROW).optional();
    }

    List<LabelProfileView> list(UUID tenantId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM label_profiles WHERE tenant_id = ? ORDER BY created_at, id LIMIT ?")
                .params(tenantId, limit).query(ROW).list();
    }

    long count(UUID tenantId) {
        return jdbc.sql("SELECT count(*) FROM label_profiles WHERE tenant_id = ?").param(tenantId).query(Long.class).single();
    }

    boolean delete(UUID tenantId, UUID id) {
        return jdbc.sql("DELETE FROM label_profiles WHERE tenant_id = ? AND id = ?").params(tenantId, id).update() == 1;
    }
}

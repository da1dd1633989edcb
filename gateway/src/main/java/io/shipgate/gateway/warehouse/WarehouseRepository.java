package io.shipgate.gateway.warehouse;

import io.shipgate.carrier.model.Address;
import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Warehouses; every statement filters by tenant. */
@Repository
class WarehouseRepository {

    private static final String COLUMNS = """
            id, tenant_id, name, address, contact_name, contact_phone, contact_email, time_zone, cutoff_time, working_days,
            auto_attach_pickups, created_at, updated_at, archived_at""";

    /** A stored warehouse. */
    record Row(UUID id, UUID tenantId, String name, WarehouseAddressView address, WarehouseContactView contact, String timeZone,
               LocalTime cutoffTime, List<DayOfWeek> workingDays, boolean autoAttachPickups, Instant createdAt, Instant updatedAt,
               Instant archivedAt) {

        WarehouseView view() {
            return new WarehouseView(id, name, address, contact, timeZone, cutoffTime, workingDays, autoAttachPickups, archivedAt != null,
                    createdAt, updatedAt, archivedAt);
        }

        Warehouse warehouse() {
            Address location = new Address(contact.name(), address.company(), contact.phone(), contact.email(), address.street1(),
                    address.street2(), address.city(), address.state(), address.postalCode(), address.country(), false);
            return new Warehouse(id, tenantId, name, location, ZoneId.of(timeZone), cutoffTime, java.util.Set.copyOf(workingDays),
                    autoAttachPickups, archivedAt != null);
        }
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;

    WarehouseRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Row w) {
        jdbc.sql("""
                        INSERT INTO warehouses (id, tenant_id, name, address, contact_name, contact_phone, contact_email, time_zone, cutoff_time,
                            working_days, auto_attach_pickups, created_at, updated_at)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?)""")
                .params(w.id(), w.tenantId(), w.name(), json.write(w.address()), w.contact().name(), w.contact().phone(), w.contact().email(),
                        w.timeZone(), Time.valueOf(w.cutoffTime()), days(w.workingDays()), w.autoAttachPickups(),
                        Timestamp.from(w.createdAt()), Timestamp.from(w.updatedAt()))
                .update();
    }

    void update(Row w) {
        jdbc.sql("""
                        UPDATE warehouses SET name = ?, address = ?::jsonb, contact_name = ?, contact_phone = ?, contact_email = ?, time_zone = ?,
                            cutoff_time = ?, working_days = ?::text[], auto_attach_pickups = ?, updated_at = ?, archived_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(w.name(), json.write(w.address()), w.contact().name(), w.contact().phone(), w.contact().email(), w.timeZone(),
                        Time.valueOf(w.cutoffTime()), days(w.workingDays()), w.autoAttachPickups(), Timestamp.from(w.updatedAt()),
                        w.archivedAt() == null ? null : Timestamp.from(w.archivedAt()), w.tenantId(), w.id())
                .update();
    }

    Optional<Row> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM warehouses WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(mapper()).optional();
    }

    List<Row> list(UUID tenantId, boolean includeArchived, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM warehouses WHERE tenant_id = ? AND (? OR archived_at IS NULL) ORDER BY name, id LIMIT ?")
                .params(tenantId, includeArchived, limit).query(mapper()).list();
    }

    long countActive(UUID tenantId) {
        return jdbc.sql("SELECT count(*) FROM warehouses WHERE tenant_id = ? AND archived_at IS NULL").param(tenantId).query(Long.class).single();
    }

    private static String days(List<DayOfWeek> days) {
        return "{" + String.join(",", days.stream().map(DayOfWeek::name).toList()) + "}";
    }

    private RowMapper<Row> mapper() {
        return (rs, n) -> {
            Array days = rs.getArray("working_days");
            Timestamp archived = rs.getTimestamp("archived_at");
            return new Row(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("name"),
                    json.read(rs.getString("address"), WarehouseAddressView.class),
                    new WarehouseContactView(rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email")),
                    rs.getString("time_zone"), rs.getTime("cutoff_time").toLocalTime(), toDays(days),
                    rs.getBoolean("auto_attach_pickups"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                    archived == null ? null : archived.toInstant());
        };
    }

    private static List<DayOfWeek> toDays(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(DayOfWeek::valueOf).toList();
    }
}

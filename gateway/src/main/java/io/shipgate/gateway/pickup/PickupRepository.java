package io.shipgate.gateway.pickup;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pickups and the shipments they collect; every statement filters by tenant. */
@Repository
class PickupRepository {

    private static final String COLUMNS = """
            id, tenant_id, warehouse_id, carrier_account_id, carrier, pickup_date, ready_from, ready_until, package_count, instructions,
            status, carrier_pickup_id, confirmed_date, confirmed_from, confirmed_until, created_at, cancelled_at""";

    /** A stored pickup without its shipments. */
    record Row(UUID id, UUID tenantId, UUID warehouseId, UUID carrierAccountId, String carrier, LocalDate date, LocalTime readyFrom,
               LocalTime readyUntil, int packageCount, String instructions, String status, String carrierPickupId, LocalDate confirmedDate,
               LocalTime confirmedFrom, LocalTime confirmedUntil, Instant createdAt, Instant cancelledAt) {

        PickupView view(List<UUID> shipmentIds) {
            return new PickupView(id, status, warehouseId, carrierAccountId, carrier, date, readyFrom, readyUntil, packageCount, shipmentIds,
                    instructions, carrierPickupId, confirmedDate, confirmedFrom, confirmedUntil, createdAt, cancelledAt);
        }
    }

    private final JdbcClient jdbc;

    PickupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row p, Long totalWeightGrams, String carrierPayload, List<UUID> shipmentIds) {
        jdbc.sql("""
                        INSERT INTO pickups (id, tenant_id, warehouse_id, carrier_account_id, carrier, pickup_date, ready_from, ready_until,
                            package_count, total_weight_grams, instructions, status, carrier_pickup_id, confirmed_date, confirmed_from,
                            confirmed_until, carrier_payload, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.tenantId(), p.warehouseId(), p.carrierAccountId(), p.carrier(), Date.valueOf(p.date()),
                        Time.valueOf(p.readyFrom()), Time.valueOf(p.readyUntil()), p.packageCount(), totalWeightGrams, p.instructions(),
                        p.status(), p.carrierPickupId(), Date.valueOf(p.confirmedDate()), time(p.confirmedFrom()), time(p.confirmedUntil()),
                        carrierPayload, Timestamp.from(p.createdAt()))
                .update();
        for (UUID shipmentId : shipmentIds) {
            attach(p.tenantId(), p.id(), shipmentId, p.createdAt());
        }
    }

    /** Attaches a shipment to a pickup (once). */
    boolean attach(UUID tenantId, UUID pickupId, UUID shipmentId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO pickup_shipments (pickup_id, tenant_id, shipment_id, attached_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(pickupId, tenantId, shipmentId, Timestamp.from(now)).update() == 1;
    }

    /** A shipment attached after booking adds its pieces to the packages. */
    void addPackages(UUID tenantId, UUID pickupId, int pieces) {
        jdbc.sql("UPDATE pickups SET package_count = package_count + ? WHERE tenant_id = ? AND id = ?").params(pieces, tenantId, pickupId).update();
    }

    boolean cancel(UUID tenantId, UUID id, Instant now) {
        return jdbc.sql("UPDATE pickups SET status = 'CANCELLED', cancelled_at = ? WHERE tenant_id = ? AND id = ? AND status = 'SCHEDULED'")
                .params(Timestamp.from(now), tenantId, id).update() == 1;
    }

    Optional<Row> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pickups WHERE tenant_id = ? AND id = ?").params(tenantId, id).query(mapper()).optional();
    }

    /** The scheduled pickup of an account at a warehouse on the date the carrier confirmed, the earliest booked when several. */
    Optional<Row> scheduledOn(UUID tenantId, UUID carrierAccountId, UUID warehouseId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                        FROM pickups WHERE tenant_id = ? AND carrier_account_id = ? AND warehouse_id = ? AND confirmed_date = ?
                          AND status = 'SCHEDULED' ORDER BY created_at, id LIMIT 1""")
                .params(tenantId, carrierAccountId, warehouseId, Date.valueOf(date)).query(mapper()).optional();
    }

    /** Newest first, after the cursor's pickup (ids are time-ordered), at most {@code limit}. */
    List<Row> list(UUID tenantId, UUID warehouseId, UUID carrierAccountId, LocalDate date, String status, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM pickups WHERE tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (warehouseId != null) {
            sql.append(" AND warehouse_id = ?");
            params.add(warehouseId);
        }
        if (carrierAccountId != null) {
            sql.append(" AND carrier_account_id = ?");
            params.add(carrierAccountId);
        }
        if (date != null) {
            sql.append(" AND confirmed_date = ?");
            params.add(Date.valueOf(date));
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status);
        }
        if (after != null) {
            sql.append(" AND id < ?");
            params.add(after);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(mapper()).list();
    }

    /** The shipments of each pickup, in the order attached. */
    Map<UUID, List<UUID>> shipments(UUID tenantId, List<UUID> pickupIds) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        pickupIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (pickupIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT pickup_id, shipment_id FROM pickup_shipments WHERE tenant_id = ? AND pickup_id = ANY(?) ORDER BY attached_at, shipment_id")
                .params(tenantId, pickupIds.toArray(UUID[]::new))
                .query(rs -> {
                    out.get(rs.getObject(1, UUID.class)).add(rs.getObject(2, UUID.class));
                });
        return out;
    }

    private static Time time(LocalTime t) {
        return t == null ? null : Time.valueOf(t);
    }

    private static RowMapper<Row> mapper() {
        return (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getObject("warehouse_id", UUID.class),
                rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"), rs.getDate("pickup_date").toLocalDate(),
                rs.getTime("ready_from").toLocalTime(), rs.getTime("ready_until").toLocalTime(), rs.getInt("package_count"),
                rs.getString("instructions"), rs.getString("status"), rs.getString("carrier_pickup_id"), rs.getDate("confirmed_date").toLocalDate(),
                rs.getTime("confirmed_from") == null ? null : rs.getTime("confirmed_from").toLocalTime(),
                rs.getTime("confirmed_until") == null ? null : rs.getTime("confirmed_until").toLocalTime(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("cancelled_at") == null ? null : rs.getTimestamp("cancelled_at").toInstant());
    }
}

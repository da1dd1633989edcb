package io.shipgate.gateway.lanes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The {@code lane_stats} table (and {@code lane_stats_shipments}): each tenant's decayed lane tallies. */
@Component
class LaneStats {

    /** A stored lane tally, with the time it was last written. */
    record Row(UUID tenantId, Lane lane, LaneTally tally, Instant updatedAt) {
    }

    private static final String COLUMNS = "tenant_id, carrier, service, origin_region, destination_region, finished, delivered, rto, ndr, "
            + "first_attempt, on_time, on_time_known, transit, decayed_to, updated_at";

    private final JdbcClient jdbc;

    LaneStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the shipment counted; false when it already was (a replayed delivery). In the caller's transaction. */
    boolean markCounted(UUID tenantId, UUID shipmentId, Instant at) {
        return jdbc.sql("INSERT INTO lane_stats_shipments (shipment_id, tenant_id, counted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(shipmentId, tenantId, Timestamp.from(at)).update() == 1;
    }

    /** Adds one finished shipment to its lane's row (created if new), the row locked meanwhile. In the caller's transaction. */
    void add(FinishedShipment shipment, Duration halfLife) {
        Lane lane = shipment.lane();
        jdbc.sql("""
                        INSERT INTO lane_stats (tenant_id, carrier, service, origin_region, destination_region, finished, delivered, rto, ndr,
                            first_attempt, on_time, on_time_known, transit, decayed_to, updated_at)
                        VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, array_fill(0::float8, ARRAY[31]), ?, now())
                        ON CONFLICT DO NOTHING""")
                .params(shipment.tenantId(), lane.carrier(), lane.service(), lane.originRegion(), lane.destinationRegion(),
                        Timestamp.from(shipment.finishedAt()))
                .update();
        Row row = jdbc.sql("SELECT " + COLUMNS + " FROM lane_stats WHERE tenant_id = ? AND carrier = ? AND service = ? "
                        + "AND origin_region = ? AND destination_region = ? FOR UPDATE")
                .params(shipment.tenantId(), lane.carrier(), lane.service(), lane.originRegion(), lane.destinationRegion())
                .query(LaneStats::row).single();
        LaneTally tally = row.tally();
        tally.add(shipment, halfLife);
        double[] c = tally.counters;
        jdbc.sql("""
                        UPDATE lane_stats SET finished = ?, delivered = ?, rto = ?, ndr = ?, first_attempt = ?, on_time = ?, on_time_known = ?,
                            transit = ?, decayed_to = ?, updated_at = now()
                        WHERE tenant_id = ? AND carrier = ? AND service = ? AND origin_region = ? AND destination_region = ?""")
                .params(c[LaneTally.FINISHED], c[LaneTally.DELIVERED], c[LaneTally.RTO], c[LaneTally.NDR], c[LaneTally.FIRST_ATTEMPT],
                        c[LaneTally.ON_TIME], c[LaneTally.ON_TIME_KNOWN], tally.transit.clone(), Timestamp.from(tally.decayedTo()),
                        shipment.tenantId(), lane.carrier(), lane.service(), lane.originRegion(), lane.destinationRegion())
                .update();
    }

    /** Every row written after the time (all with null), oldest write first. */
    void changedAfter(Instant after, Consumer<Row> rows) {
        // a result stream holds its connection until it is closed
        try (Stream<Row> changed = after == null
                ? jdbc.sql("SELECT " + COLUMNS + " FROM lane_stats ORDER BY updated_at").query(LaneStats::row).stream()
                : jdbc.sql("SELECT " + COLUMNS + " FROM lane_stats WHERE updated_at > ? ORDER BY updated_at")
                        .param(Timestamp.from(after)).query(LaneStats::row).stream()) {
            changed.forEach(rows);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        double[] counters = new double[LaneTally.COUNTERS];
        counters[LaneTally.FINISHED] = rs.getDouble("finished");
        counters[LaneTally.DELIVERED] = rs.getDouble("delivered");
        counters[LaneTally.RTO] = rs.getDouble("rto");
        counters[LaneTally.NDR] = rs.getDouble("ndr");
        counters[LaneTally.FIRST_ATTEMPT] = rs.getDouble("first_attempt");
        counters[LaneTally.ON_TIME] = rs.getDouble("on_time");
        counters[LaneTally.ON_TIME_KNOWN] = rs.getDouble("on_time_known");
        Array array = rs.getArray("transit");
        Object[] values = (Object[]) array.getArray();
        double[] transit = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            transit[i] = ((Number) values[i]).doubleValue();
        }
        return new Row(rs.getObject("tenant_id", UUID.class), new Lane(rs.getString("carrier"), rs.getString("service"),
                rs.getString("origin_region"), rs.getString("destination_region")),
                new LaneTally(counters, transit, rs.getTimestamp("decayed_to").toInstant()), rs.getTimestamp("updated_at").toInstant());
    }
}

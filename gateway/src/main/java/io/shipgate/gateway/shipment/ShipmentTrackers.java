package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.paging.NewestFirst;
import io.shipgate.gateway.platform.paging.PageCursor;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Trackers in the {@code shipments} table (kind {@code tracker}, without the purchase's fields), for the tracking
 * module: so the poller, the one ingestion, the status rules and the events treat them as shipments. Every statement
 * filters by tenant; at most one tracker per carrier and tracking number per tenant.
 */
@Component
public class ShipmentTrackers {

    private static final String COLUMNS = """
            id, carrier_account_id, carrier, awb, reference, status, tracker_state, estimated_delivery, latest_delivery, delivered_at, first_attempt_at,
            last_tracked_at, next_check_at, check_error, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ShipmentTrackers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new tracker, or the tenant's existing one of that carrier and number. */
    public record Registration(TrackerRecord tracker, boolean created) {
    }

    /**
     * Registers a tracking number bought elsewhere, due for its first poll now; the tenant's existing tracker of the same
     * carrier and number when there is one. A number the tenant bought through Shipgate on that account is a 400.
     */
    @Transactional
    public Registration register(UUID tenantId, UUID carrierAccountId, String carrier, String trackingNumber, String reference) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = Ids.newId(clock);
        int inserted = jdbc.sql("""
                        INSERT INTO shipments (id, tenant_id, carrier_account_id, carrier, awb, status, status_code, reference, kind,
                            tracker_state, created_at, updated_at, next_check_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'tracker', 'active', ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(id, tenantId, carrierAccountId, carrier, trackingNumber, TrackingStatus.UNKNOWN.name(), TrackingStatus.UNKNOWN.code(),
                        reference, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return new Registration(find(tenantId, id).orElseThrow(), true);
        }
        Optional<TrackerRecord> existing = jdbc.sql("SELECT " + COLUMNS + " FROM shipments WHERE tenant_id = ? AND kind = 'tracker' AND carrier = ? AND awb = ?")
                .params(tenantId, carrier, trackingNumber).query((rs, n) -> tracker(rs)).optional();
        return existing.map(t -> new Registration(t, false)).orElseThrow(() -> ApiException.invalid("tracking_number",
                "is the AWB of a shipment bought through Shipgate on this carrier account: it is tracked already (GET /v1/shipments?carrier="
                        + carrier + ")"));
    }

    public Optional<TrackerRecord> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shipments WHERE tenant_id = ? AND id = ? AND kind = 'tracker'")
                .params(tenantId, id).query((rs, n) -> tracker(rs)).optional();
    }

    /**
     * The tenant's trackers, newest first, {@code limit} (at most 100) a page.
     *
     * @param cursor the previous page's next cursor, or null for the first page
     */
    public TrackerRecord.Page list(UUID tenantId, TrackingStatus status, String carrier, String state, int limit, String cursor) {
        NewestFirst sql = new NewestFirst("SELECT " + COLUMNS + " FROM shipments WHERE tenant_id = ? AND kind = 'tracker'", tenantId)
                .and("status = ?", status)
                .and("carrier = ?", carrier)
                .and("tracker_state = ?", state)
                .page(cursor == null ? null : PageCursor.decode(cursor), limit);
        List<TrackerRecord> rows = jdbc.sql(sql.sql()).params(sql.params()).query((rs, n) -> tracker(rs)).list();
        if (rows.size() <= limit) {
            return new TrackerRecord.Page(rows, null);
        }
        List<TrackerRecord> page = rows.subList(0, limit);
        return new TrackerRecord.Page(page, new PageCursor(page.getLast().createdAt(), page.getLast().id()).encode());
    }

    /** Deletes the tracker and its timeline (it is polled no more); false when the tenant has no such tracker. */
    @Transactional
    public boolean delete(UUID tenantId, UUID id) {
        // tracking_events go with the row (ON DELETE CASCADE)
        return jdbc.sql("DELETE FROM shipments WHERE tenant_id = ? AND id = ? AND kind = 'tracker'").params(tenantId, id).update() == 1;
    }

    private static TrackerRecord tracker(ResultSet rs) throws SQLException {
        return new TrackerRecord(rs.getObject("id", UUID.class), rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"),
                rs.getString("awb"), rs.getString("reference"), TrackingStatus.valueOf(rs.getString("status")), rs.getString("tracker_state"),
                date(rs, "estimated_delivery"), date(rs, "latest_delivery"), instant(rs, "delivered_at"), instant(rs, "first_attempt_at"),
                instant(rs, "last_tracked_at"),
                instant(rs, "next_check_at"), rs.getString("check_error"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}

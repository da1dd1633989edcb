package io.shipgate.gateway.returns;

import io.shipgate.gateway.platform.paging.NewestFirst;
import io.shipgate.gateway.platform.paging.PageCursor;
import com.fasterxml.jackson.core.type.TypeReference;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Returns and their labels in PostgreSQL ({@code returns}, {@code return_labels}); every statement filters by tenant. */
@Component
class JdbcReturns {

    private static final TypeReference<List<ReturnItemView>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<Parcel>> PARCELS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcReturns(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a booked return and its labels (in the caller's transaction). */
    void insert(ReturnRecord r, List<Label> labels, String carrierPayload) {
        jdbc.sql("""
                        INSERT INTO returns (id, tenant_id, shipment_id, carrier_account_id, carrier, service, awb, carrier_shipment_id, tracker_id,
                            status, status_code, reason, reference, customer_note, qc_instructions, items, parcels, pickup_address, return_address,
                            charged_amount, charged_currency, rule_version, carrier_payload, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(r.id(), r.tenantId(), r.shipmentId(), r.carrierAccountId(), r.carrier(), r.service(), r.awb(), r.carrierShipmentId(),
                        r.trackerId(), r.status().name(), r.status().code(), r.reason().name(), r.reference(), r.customerNote(), r.qcInstructions(),
                        json.write(r.items()), json.write(r.parcels()), json.write(r.pickupAddress()), json.write(r.returnAddress()),
                        r.charged() == null ? null : r.charged().amount(), r.charged() == null ? null : r.charged().currency(), r.ruleVersion(),
                        carrierPayload, Timestamp.from(r.createdAt()), Timestamp.from(r.updatedAt()))
                .update();
        for (Label label : labels) {
            jdbc.sql("""
                            INSERT INTO return_labels (return_id, format, parcel_number, tenant_id, content) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""")
                    .params(r.id(), label.format().name(), label.parcelNumber() == null ? 0 : label.parcelNumber(), r.tenantId(), label.content())
                    .update();
        }
    }

    Optional<ReturnRecord> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM returns WHERE tenant_id = ? AND id = ?").params(tenantId, id).query((rs, n) -> row(rs)).optional()
                .map(r -> withLabels(r, labelKeys(tenantId, id)));
    }

    /** The status of the return whose AWB this tracker follows, if it is a return's (not locked). */
    Optional<io.shipgate.carrier.model.TrackingStatus> statusByTracker(UUID tenantId, UUID trackerId) {
        return jdbc.sql("SELECT status FROM returns WHERE tenant_id = ? AND tracker_id = ?").params(tenantId, trackerId)
                .query(String.class).optional().map(io.shipgate.carrier.model.TrackingStatus::valueOf);
    }

    /** The return whose AWB this tracker (or shipment, when the carrier tracks the return on the forward AWB) follows, locked. */
    Optional<ReturnRecord> lockByTracker(UUID tenantId, UUID trackerId) {
        return jdbc.sql("SELECT * FROM returns WHERE tenant_id = ? AND tracker_id = ? FOR UPDATE").params(tenantId, trackerId)
                .query((rs, n) -> row(rs)).optional();
    }

    ReturnRecord.Page list(UUID tenantId, ReturnQuery q) {
        NewestFirst sql = new NewestFirst("SELECT * FROM returns WHERE tenant_id = ?", tenantId)
                .and("status = ?", q.status())
                .and("carrier = ?", q.carrier())
                .and("shipment_id = ?", q.shipmentId())
                .and("reason = ?", q.reason())
                .and("reference = ?", q.reference())
                .and("created_at >= ?", q.createdFrom())
                .and("created_at < ?", q.createdTo())
                .page(q.after(), q.limit());
        List<ReturnRecord> rows = jdbc.sql(sql.sql()).params(sql.params()).query((rs, n) -> row(rs)).list();
        List<ReturnRecord> page = rows.size() <= q.limit() ? rows : rows.subList(0, q.limit());
        List<ReturnRecord> withLabels = page.stream().map(r -> withLabels(r, labelKeys(tenantId, r.id()))).toList();
        return new ReturnRecord.Page(withLabels, rows.size() <= q.limit() ? null
                : new PageCursor(page.getLast().createdAt(), page.getLast().id()).encode());
    }

    /** Units of each SKU already on the shipment's returns that are not cancelled. */
    Map<String, Integer> returnedUnits(UUID tenantId, UUID shipmentId) {
        Map<String, Integer> units = new HashMap<>();
        jdbc.sql("SELECT items FROM returns WHERE tenant_id = ? AND shipment_id = ? AND status <> 'CANCELLED'").params(tenantId, shipmentId)
                .query((rs, n) -> json.read(rs.getString(1), ITEMS)).list()
                .forEach(items -> items.stream().filter(i -> i.sku() != null).forEach(i -> units.merge(i.sku(), i.quantity(), Integer::sum)));
        return units;
    }

    /** The return moves to {@code to} (a tracking step); the first pickup and the delivery are dated. */
    void moved(UUID tenantId, UUID id, TrackingStatus to, Instant at) {
        jdbc.sql("""
                        UPDATE returns SET status = ?, status_code = ?, updated_at = ?,
                            picked_up_at = CASE WHEN ? AND picked_up_at IS NULL THEN ? ELSE picked_up_at END,
                            delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END
                        WHERE tenant_id = ? AND id = ?""")
                .params(to.name(), to.code(), Timestamp.from(at), to != TrackingStatus.RETURN_REQUESTED, Timestamp.from(at),
                        to == TrackingStatus.RETURN_DELIVERED, Timestamp.from(at), tenantId, id)
                .update();
    }

    /** The return is CANCELLED, unless it moved on meanwhile: 1 when it was cancelled now. */
    int cancelled(UUID tenantId, UUID id, boolean carrierCancelled, Instant at) {
        return jdbc.sql("""
                        UPDATE returns SET status = 'CANCELLED', status_code = ?, cancelled_at = ?, updated_at = ?, carrier_cancelled = ?
                        WHERE tenant_id = ? AND id = ? AND status = 'RETURN_REQUESTED'""")
                .params(TrackingStatus.CANCELLED.code(), Timestamp.from(at), Timestamp.from(at), carrierCancelled, tenantId, id)
                .update();
    }

    Optional<byte[]> label(UUID tenantId, UUID id, LabelFormat format, int parcelNumber) {
        return jdbc.sql("""
                        SELECT content FROM return_labels WHERE tenant_id = ? AND return_id = ? AND format = ? AND parcel_number IN (0, ?)
                        ORDER BY parcel_number LIMIT 1""")
                .params(tenantId, id, format.name(), parcelNumber).query((rs, n) -> rs.getBytes(1)).optional();
    }

    List<byte[]> labels(UUID tenantId, UUID id, LabelFormat format) {
        return jdbc.sql("SELECT content FROM return_labels WHERE tenant_id = ? AND return_id = ? AND format = ? ORDER BY parcel_number")
                .params(tenantId, id, format.name()).query((rs, n) -> rs.getBytes(1)).list();
    }

    private List<ReturnRecord.LabelKey> labelKeys(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT format, parcel_number FROM return_labels WHERE tenant_id = ? AND return_id = ? ORDER BY format, parcel_number")
                .params(tenantId, id)
                .query((rs, n) -> new ReturnRecord.LabelKey(LabelFormat.valueOf(rs.getString(1)), rs.getInt(2))).list();
    }

    private static ReturnRecord withLabels(ReturnRecord r, List<ReturnRecord.LabelKey> labels) {
        return new ReturnRecord(r.id(), r.tenantId(), r.shipmentId(), r.carrierAccountId(), r.carrier(), r.service(), r.awb(),
                r.carrierShipmentId(), r.trackerId(), r.status(), r.reason(), r.reference(), r.customerNote(), r.qcInstructions(), r.items(),
                r.parcels(), r.pickupAddress(), r.returnAddress(), r.charged(), r.ruleVersion(), r.createdAt(), r.updatedAt(), r.pickedUpAt(),
                r.deliveredAt(), r.cancelledAt(), r.carrierCancelled(), labels);
    }

    private ReturnRecord row(ResultSet rs) throws SQLException {
        return new ReturnRecord(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getObject("shipment_id", UUID.class),
                rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"), rs.getString("service"), rs.getString("awb"),
                rs.getString("carrier_shipment_id"), rs.getObject("tracker_id", UUID.class), TrackingStatus.valueOf(rs.getString("status")),
                ReturnReason.valueOf(rs.getString("reason")), rs.getString("reference"), rs.getString("customer_note"),
                rs.getString("qc_instructions"), json.read(rs.getString("items"), ITEMS), json.read(rs.getString("parcels"), PARCELS),
                json.read(rs.getString("pickup_address"), Address.class), json.read(rs.getString("return_address"), Address.class),
                rs.getBigDecimal("charged_amount") == null ? null : new Money(rs.getBigDecimal("charged_amount"), rs.getString("charged_currency")),
                (Integer) rs.getObject("rule_version"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "picked_up_at"),
                instant(rs, "delivered_at"), instant(rs, "cancelled_at"), (Boolean) rs.getObject("carrier_cancelled"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

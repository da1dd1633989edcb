package io.shipgate.gateway.shipment;

import io.shipgate.gateway.platform.paging.NewestFirst;
import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.routes.port.Shipment;
import io.shipgate.routes.port.ShipmentSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shipments, their parcels and labels. Every statement filters by tenant. */
@Repository
class ShipmentRepository {

    private static final String SNAPSHOT_COLUMNS =
            "id, tenant_id, carrier_account_id, carrier, awb, carrier_shipment_id, ship_date, status, estimated_delivery, last_tracked_at, "
                    + "latest_delivery, delivered_at, created_at, next_check_at, kind";
    /** Terminal statuses, as SQL: a shipment in one is never polled. */
    static final String TERMINAL = java.util.Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::terminal)
            .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonColumns json;

    ShipmentRepository(JdbcClient jdbc, JdbcTemplate batch, JsonColumns json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /**
     * Stores a bought shipment: the row, its parcels, the label documents (their keys in
     * {@code s.labels()}) and the carrier's other documents ({@code s.documents()}, in order).
     */
    void insert(Shipment s, String carrierPayload, List<Label> labels, List<TradeDocument> documents) {
        jdbc.sql("""
                        INSERT INTO shipments (id, tenant_id, carrier_account_id, carrier, service, service_level, awb, carrier_shipment_id,
                            status, status_code, reference, ship_date, estimated_delivery, latest_delivery, charged_amount, charged_currency,
                            shipper, recipient, options, customs, carrier_payload, carrier_messages, created_at, updated_at, next_check_at,
                            promised_delivery)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""")
                .params(s.id(), s.tenantId(), s.carrierAccountId(), s.carrier(), s.service(),
                        s.serviceLevel() == null ? null : s.serviceLevel().name(), s.awb(), s.carrierShipmentId(),
                        s.status().name(), s.status().code(), s.reference(), date(s.shipDate()), date(s.estimatedDelivery()), date(s.latestDelivery()),
                        s.charged() == null ? null : s.charged().amount(), s.charged() == null ? null : s.charged().currency(),
                        json.write(s.shipper()), json.write(s.recipient()), json.write(s.options()), s.customs() == null ? null : json.write(s.customs()),
                        carrierPayload, s.messages().isEmpty() ? null : json.write(s.messages()), Timestamp.from(s.createdAt()),
                        Timestamp.from(s.updatedAt()), s.nextCheckAt() == null ? null : Timestamp.from(s.nextCheckAt()),
                        // the carrier's estimate at purchase, kept while estimated_delivery follows the tracking
                        date(s.estimatedDelivery()))
                .update();
        // child rows in one batch per table: one round trip each however many parcels and labels
        batch.batchUpdate("""
                        INSERT INTO parcels (shipment_id, parcel_number, tenant_id, weight_value, weight_unit, length, width, height,
                            dimension_unit, description, tracking_number)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                s.parcels().stream().map(p -> {
                    Dimensions d = p.parcel().dimensions();
                    return new Object[]{s.id(), p.number(), s.tenantId(), p.parcel().weight().value(), p.parcel().weight().unit().name(),
                            d == null ? null : d.length(), d == null ? null : d.width(), d == null ? null : d.height(),
                            d == null ? null : d.unit().name(), p.parcel().description(), p.trackingNumber()};
                }).toList());
        if (!labels.isEmpty()) {
            batch.batchUpdate("INSERT INTO labels (shipment_id, format, parcel_number, tenant_id, content) VALUES (?, ?, ?, ?, ?)",
                    labels.stream().map(l -> new Object[]{s.id(), l.format().name(), l.parcelNumber() == null ? 0 : l.parcelNumber(),
                            s.tenantId(), l.content()}).toList());
        }
        if (!documents.isEmpty()) {
            batch.batchUpdate("""
                            INSERT INTO shipment_documents (shipment_id, document_number, tenant_id, type, file_name, content_type, content)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    s.documents().stream().map(k -> {
                        TradeDocument d = documents.get(k.number() - 1);
                        return new Object[]{s.id(), k.number(), s.tenantId(), d.type().name(), d.fileName(), d.contentType(), d.content()};
                    }).toList());
        }
    }

    Optional<Shipment> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM shipments WHERE tenant_id = ? AND id = ? AND kind = 'shipment'").params(tenantId, id)
                .query((rs, n) -> row(rs)).optional()
                .map(s -> withChildren(s, parcels(tenantId, id), labelKeys(tenantId, id), documentKeys(tenantId, id)));
    }

    /** The recommendation a shipment bought with carrier "auto" followed. */
    Optional<ShipmentDecisionView> decision(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT decision FROM shipments WHERE tenant_id = ? AND id = ? AND decision IS NOT NULL").params(tenantId, id)
                .query(String.class).optional().map(text -> json.read(text, ShipmentDecisionView.class));
    }

    void recordDecision(UUID tenantId, UUID id, ShipmentDecisionView decision) {
        jdbc.sql("UPDATE shipments SET decision = ?::jsonb WHERE tenant_id = ? AND id = ?").params(json.write(decision), tenantId, id).update();
    }

    /** The warehouse a shipment leaves from, when its purchase named one. */
    Optional<UUID> warehouse(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT warehouse_id FROM shipments WHERE tenant_id = ? AND id = ? AND warehouse_id IS NOT NULL").params(tenantId, id)
                .query(UUID.class).optional();
    }

    void recordWarehouse(UUID tenantId, UUID id, UUID warehouseId) {
        jdbc.sql("UPDATE shipments SET warehouse_id = ? WHERE tenant_id = ? AND id = ?").params(warehouseId, tenantId, id).update();
    }

    /** The tenant's shipment bought here (not a tracker). */
    Optional<ShipmentSnapshot> snapshot(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM shipments WHERE tenant_id = ? AND id = ? AND kind = 'shipment'")
                .params(tenantId, id).query((rs, n) -> snapshot(rs)).optional();
    }

    /** The tenant's shipment or tracker: what tracking reads and polls. */
    Optional<ShipmentSnapshot> trackable(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM shipments WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query((rs, n) -> snapshot(rs)).optional();
    }

    Optional<ShipmentSnapshot> snapshotByAwb(UUID tenantId, UUID carrierAccountId, String awb) {
        return jdbc.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM shipments WHERE tenant_id = ? AND carrier_account_id = ? AND awb = ?")
                .params(tenantId, carrierAccountId, awb).query((rs, n) -> snapshot(rs)).optional();
    }

    /** By account and AWB, pairs index by index (the unique shipments_awb_per_account); the caller checks the tenant. */
    List<ShipmentSnapshot> snapshotsByAwb(List<UUID> carrierAccountIds, List<String> awbs) {
        // both lists as sets use the unique index; a pair that was not asked for (another account's AWB) is left out here
        record Pair(UUID account, String awb) {
        }
        java.util.Set<Pair> asked = new java.util.HashSet<>();
        for (int i = 0; i < awbs.size(); i++) {
            asked.add(new Pair(carrierAccountIds.get(i), awbs.get(i)));
        }
        return jdbc.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM shipments WHERE carrier_account_id = ANY(?::uuid[]) AND awb = ANY(?::text[])")
                .params(carrierAccountIds.stream().distinct().toArray(UUID[]::new), awbs.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> snapshot(rs)).list().stream()
                .filter(s -> asked.contains(new Pair(s.carrierAccountId(), s.ref().awb()))).toList();
    }

    private static ShipmentSnapshot snapshot(ResultSet rs) throws SQLException {
        return new ShipmentSnapshot(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"),
                new ShipmentRef(rs.getString("awb"), rs.getString("carrier_shipment_id"), localDate(rs, "ship_date")),
                TrackingStatus.valueOf(rs.getString("status")), localDate(rs, "estimated_delivery"), instant(rs, "last_tracked_at"),
                localDate(rs, "latest_delivery"), instant(rs, "delivered_at"), instant(rs, "created_at"), instant(rs, "next_check_at"),
                "tracker".equals(rs.getString("kind")));
    }

    List<ShipmentSummaryView> list(UUID tenantId, ShipmentQuery query) {
        NewestFirst sql = new NewestFirst("""
                SELECT id, status, carrier, carrier_account_id, service, awb, reference, charged_amount, charged_currency,
                       estimated_delivery, created_at, updated_at
                FROM shipments WHERE tenant_id = ? AND kind = 'shipment'""", tenantId)
                .and("status = ?", query.status())
                .and("carrier = ?", query.carrier())
                .and("reference = ?", query.reference())
                .and("created_at >= ?", query.createdFrom())
                .and("created_at < ?", query.createdTo())
                .and("warehouse_id = ?", query.warehouseId())
                .page(query.after(), query.limit());
        return jdbc.sql(sql.sql()).params(sql.params()).query((rs, n) -> {
            TrackingStatus status = TrackingStatus.valueOf(rs.getString("status"));
            return new ShipmentSummaryView(rs.getObject("id", UUID.class), status, status.code(), rs.getString("carrier"),
                    rs.getObject("carrier_account_id", UUID.class), rs.getString("service"), rs.getString("awb"),
                    rs.getString("reference"), ShipmentMapper.view(money(rs)), localDate(rs, "estimated_delivery"),
                    instant(rs, "created_at"), instant(rs, "updated_at"));
        }).list();
    }

    /** The label document for a format: the all-parcels document, or the given parcel's. */
    Optional<byte[]> label(UUID tenantId, UUID shipmentId, LabelFormat format, int parcelNumber) {
        return jdbc.sql("""
                        SELECT content FROM labels WHERE tenant_id = ? AND shipment_id = ? AND format = ? AND parcel_number IN (0, ?)
                        ORDER BY parcel_number LIMIT 1""")
                .params(tenantId, shipmentId, format.name(), parcelNumber)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Every stored label document of a format, in parcel order (parcel 0 = the all-parcels document first). */
    List<byte[]> labels(UUID tenantId, UUID shipmentId, LabelFormat format) {
        return jdbc.sql("SELECT content FROM labels WHERE tenant_id = ? AND shipment_id = ? AND format = ? ORDER BY parcel_number")
                .params(tenantId, shipmentId, format.name())
                .query((rs, n) -> rs.getBytes(1)).list();
    }

    Optional<TradeDocument> document(UUID tenantId, UUID shipmentId, int number) {
        return jdbc.sql("""
                        SELECT type, file_name, content_type, content FROM shipment_documents
                        WHERE tenant_id = ? AND shipment_id = ? AND document_number = ?""")
                .params(tenantId, shipmentId, number)
                .query((rs, n) -> new TradeDocument(TradeDocument.Type.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getBytes(4)))
                .optional();
    }

    int markCancelled(UUID tenantId, UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE shipments SET status = ?, status_code = ?, cancelled_at = ?, updated_at = ?, next_check_at = NULL
                        WHERE tenant_id = ? AND id = ? AND status <> ?""")
                .params(TrackingStatus.CANCELLED.name(), TrackingStatus.CANCELLED.code(), Timestamp.from(at), Timestamp.from(at),
                        tenantId, id, TrackingStatus.CANCELLED.name())
                .update();
    }

    /** The shipment moves to RTO_REQUESTED, unless it is in an RTO or final status already: 1 when it moved. */
    int markRtoRequested(UUID tenantId, UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE shipments SET status = ?, status_code = ?, updated_at = ?
                        WHERE tenant_id = ? AND id = ? AND status NOT IN ('RTO_REQUESTED', 'RTO_IN_TRANSIT', 'RTO_OUT_FOR_DELIVERY', 'RTO_FAILED')
                          AND status NOT IN %s""".formatted(TERMINAL))
                .params(TrackingStatus.RTO_REQUESTED.name(), TrackingStatus.RTO_REQUESTED.code(), Timestamp.from(at), tenantId, id)
                .update();
    }

    /**
     * Takes the shipment's (or tracker's) one refresh per {@code interval}: Instant.MIN when taken now, else when the last one
     * was taken; empty when there is no such row of the tenant.
     */
    Optional<Instant> takeRefresh(UUID tenantId, UUID id, Instant now, Duration interval) {
        int taken = jdbc.sql("""
                        UPDATE shipments SET refresh_requested_at = ?
                        WHERE tenant_id = ? AND id = ? AND (refresh_requested_at IS NULL OR refresh_requested_at <= ?)""")
                .params(Timestamp.from(now), tenantId, id, Timestamp.from(now.minus(interval))).update();
        if (taken == 1) {
            return Optional.of(Instant.MIN);
        }
        return jdbc.sql("SELECT refresh_requested_at FROM shipments WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /**
     * What tracking may change of a shipment (or tracker), as stored.
     *
     * @param updatedAt   when its status last changed (or it was last updated otherwise)
     * @param nextCheckAt when the poller asks next; null: never again
     */
    record TrackedRow(UUID tenantId, UUID id, TrackingStatus status, LocalDate estimatedDelivery, LocalDate latestDelivery,
                      Instant deliveredAt, Instant firstAttemptAt, Instant updatedAt, Instant nextCheckAt) {
    }

    /**
     * The shipments' tracked columns, their rows locked until the transaction ends (one writer of a shipment's tracking at a
     * time; NO KEY UPDATE, the lock the UPDATE takes anyway, which lets other transactions insert rows that reference them),
     * in the order of their ids, so that two transactions locking some of the same shipments never wait for each other
     * in a cycle. {@code tenantIds} are the shipments' tenants, index by index: the caller checks each row's tenant.
     */
    List<TrackedRow> lockTracked(List<UUID> tenantIds, List<UUID> ids) {
        return jdbc.sql("""
                        SELECT tenant_id, id, status, estimated_delivery, latest_delivery, delivered_at, first_attempt_at, updated_at, next_check_at
                        FROM shipments WHERE id = ANY(?::uuid[]) AND tenant_id = ANY(?::uuid[])
                        ORDER BY id FOR NO KEY UPDATE""")
                .params(ids.toArray(UUID[]::new), tenantIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> new TrackedRow(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        TrackingStatus.valueOf(rs.getString("status")), localDate(rs, "estimated_delivery"), localDate(rs, "latest_delivery"),
                        instant(rs, "delivered_at"), instant(rs, "first_attempt_at"), instant(rs, "updated_at"), instant(rs, "next_check_at")))
                .list();
    }

    /**
     * Writes the tracked columns of rows locked by {@link #lockTracked}, in one statement; each was tracked at {@code at}.
     * A tracker marked {@code not_found} that the carrier answered for after all is active again.
     */
    void writeTracked(List<TrackedRow> rows, Instant at) {
        int n = rows.size();
        UUID[] tenants = new UUID[n];
        UUID[] ids = new UUID[n];
        String[] statuses = new String[n];
        Integer[] codes = new Integer[n];
        String[] estimated = new String[n];
        String[] latest = new String[n];
        String[] delivered = new String[n];
        String[] firstAttempts = new String[n];
        String[] updated = new String[n];
        String[] nextChecks = new String[n];
        for (int i = 0; i < n; i++) {
            TrackedRow r = rows.get(i);
            tenants[i] = r.tenantId();
            ids[i] = r.id();
            statuses[i] = r.status().name();
            codes[i] = r.status().code();
            estimated[i] = r.estimatedDelivery() == null ? null : r.estimatedDelivery().toString();
            latest[i] = r.latestDelivery() == null ? null : r.latestDelivery().toString();
            delivered[i] = text(r.deliveredAt());
            firstAttempts[i] = text(r.firstAttemptAt());
            updated[i] = text(r.updatedAt());
            nextChecks[i] = text(r.nextCheckAt());
        }
        jdbc.sql("""
                        UPDATE shipments s SET status = v.status, status_code = v.status_code, estimated_delivery = v.estimated_delivery,
                            latest_delivery = v.latest_delivery, delivered_at = v.delivered_at, first_attempt_at = v.first_attempt_at,
                            last_tracked_at = ?, updated_at = v.updated_at, next_check_at = v.next_check_at,
                            -- the carrier knows the number after all (a push for a tracker given up as not_found): active again
                            tracker_state = CASE WHEN s.tracker_state = 'not_found' THEN 'active' ELSE s.tracker_state END,
                            check_error = CASE WHEN s.tracker_state = 'not_found' THEN NULL ELSE s.check_error END
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::date[], ?::date[], ?::timestamptz[], ?::timestamptz[],
                                    ?::timestamptz[], ?::timestamptz[])
                            AS v(tenant_id, id, status, status_code, estimated_delivery, latest_delivery, delivered_at, first_attempt_at,
                                 updated_at, next_check_at)
                        WHERE s.id = v.id AND s.tenant_id = v.tenant_id""")
                .params(Timestamp.from(at), tenants, ids, statuses, codes, estimated, latest, delivered, firstAttempts, updated, nextChecks)
                .update();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private List<Shipment.StoredParcel> parcels(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("SELECT * FROM parcels WHERE tenant_id = ? AND shipment_id = ? ORDER BY parcel_number")
                .params(tenantId, shipmentId)
                .query((rs, n) -> {
                    Dimensions dims = rs.getString("dimension_unit") == null ? null : new Dimensions(rs.getBigDecimal("length"),
                            rs.getBigDecimal("width"), rs.getBigDecimal("height"), DimensionUnit.valueOf(rs.getString("dimension_unit")));
                    Parcel parcel = new Parcel(new Weight(rs.getBigDecimal("weight_value"), WeightUnit.valueOf(rs.getString("weight_unit"))),
                            dims, rs.getString("description"));
                    return Shipment.StoredParcel.of(rs.getInt("parcel_number"), parcel, rs.getString("tracking_number"));
                }).list();
    }

    private List<Shipment.LabelKey> labelKeys(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("SELECT format, parcel_number FROM labels WHERE tenant_id = ? AND shipment_id = ? ORDER BY format, parcel_number")
                .params(tenantId, shipmentId)
                .query((rs, n) -> new Shipment.LabelKey(LabelFormat.valueOf(rs.getString(1)), rs.getInt(2))).list();
    }

    private List<Shipment.DocumentKey> documentKeys(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT document_number, type, file_name, content_type FROM shipment_documents
                        WHERE tenant_id = ? AND shipment_id = ? ORDER BY document_number""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> new Shipment.DocumentKey(rs.getInt(1), TradeDocument.Type.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    private Shipment row(ResultSet rs) throws SQLException {
        String level = rs.getString("service_level");
        String customs = rs.getString("customs");
        String messages = rs.getString("carrier_messages");
        return new Shipment(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"), rs.getString("service"),
                level == null ? null : ServiceLevel.valueOf(level), rs.getString("awb"), rs.getString("carrier_shipment_id"),
                TrackingStatus.valueOf(rs.getString("status")), rs.getString("reference"), localDate(rs, "ship_date"),
                localDate(rs, "estimated_delivery"), localDate(rs, "latest_delivery"), money(rs), json.read(rs.getString("shipper"), Address.class),
                json.read(rs.getString("recipient"), Address.class), json.read(rs.getString("options"), ShipmentOptions.class),
                customs == null ? null : json.read(customs, CustomsDeclaration.class), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "last_tracked_at"), instant(rs, "cancelled_at"), instant(rs, "delivered_at"), instant(rs, "first_attempt_at"), List.of(), List.of(), List.of(),
                messages == null ? List.of() : List.of(json.read(messages, CarrierMessage[].class)), instant(rs, "next_check_at"));
    }

    private static Shipment withChildren(Shipment s, List<Shipment.StoredParcel> parcels, List<Shipment.LabelKey> labels,
                                         List<Shipment.DocumentKey> documents) {
        return new Shipment(s.id(), s.tenantId(), s.carrierAccountId(), s.carrier(), s.service(), s.serviceLevel(), s.awb(),
                s.carrierShipmentId(), s.status(), s.reference(), s.shipDate(), s.estimatedDelivery(), s.latestDelivery(), s.charged(),
                s.shipper(), s.recipient(), s.options(), s.customs(), s.createdAt(), s.updatedAt(), s.lastTrackedAt(), s.cancelledAt(),
                s.deliveredAt(), s.firstAttemptAt(), parcels, labels, documents, s.messages(), s.nextCheckAt());
    }

    private static Money money(ResultSet rs) throws SQLException {
        return rs.getBigDecimal("charged_amount") == null ? null
                : Shipment.charged(new Money(rs.getBigDecimal("charged_amount"), rs.getString("charged_currency")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}

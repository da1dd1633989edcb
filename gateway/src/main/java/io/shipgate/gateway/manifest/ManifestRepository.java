package io.shipgate.gateway.manifest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.gateway.shipment.MoneyView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Manifests, their rows and documents; every statement filters by tenant. */
@Repository
class ManifestRepository {

    private static final String COLUMNS = """
            id, tenant_id, carrier_account_id, carrier, warehouse_id, manifest_date, carrier_status, carrier_manifest_id, shipment_count,
            piece_count, total_weight_kg, cod_totals, created_at""";

    /** A stored manifest without its rows and document. */
    record Row(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, UUID warehouseId, LocalDate date, String carrierStatus,
               String carrierManifestId, int shipmentCount, int pieceCount, BigDecimal totalWeightKg, List<MoneyView> codTotals,
               Instant createdAt) {

        String documentUrl() {
            return "/v1/manifests/" + id + "/document";
        }

        ManifestSummaryView summary() {
            return new ManifestSummaryView(id, carrierAccountId, carrier, warehouseId, date, carrierStatus, carrierManifestId, shipmentCount,
                    pieceCount, totalWeightKg, codTotals, documentUrl(), createdAt);
        }

        ManifestView view(List<ManifestLine> lines) {
            return new ManifestView(id, carrierAccountId, carrier, warehouseId, date, carrierStatus, carrierManifestId, shipmentCount, pieceCount,
                    totalWeightKg, codTotals, lines.stream().map(ManifestLine::view).toList(), documentUrl(), createdAt);
        }
    }

    /** One stored row of a manifest. */
    record ManifestLine(UUID shipmentId, String awb, String reference, int pieces, BigDecimal weightKg, BigDecimal codAmount, String codCurrency) {

        ManifestShipmentView view() {
            return new ManifestShipmentView(shipmentId, awb, reference, pieces, weightKg,
                    codAmount == null ? null : new MoneyView(codAmount, codCurrency));
        }
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ManifestRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Row m, String carrierPayload, byte[] document, List<ManifestLine> lines) {
        jdbc.sql("""
                        INSERT INTO manifests (id, tenant_id, carrier_account_id, carrier, warehouse_id, manifest_date, carrier_status,
                            carrier_manifest_id, carrier_payload, shipment_count, piece_count, total_weight_kg, cod_totals, document, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(m.id(), m.tenantId(), m.carrierAccountId(), m.carrier(), m.warehouseId(), Date.valueOf(m.date()), m.carrierStatus(),
                        m.carrierManifestId(), carrierPayload, m.shipmentCount(), m.pieceCount(), m.totalWeightKg(), json.write(m.codTotals()),
                        document, Timestamp.from(m.createdAt()))
                .update();
        for (int i = 0; i < lines.size(); i++) {
            ManifestLine line = lines.get(i);
            jdbc.sql("""
                            INSERT INTO manifest_shipments (manifest_id, tenant_id, shipment_id, position, awb, reference, pieces, weight_kg,
                                cod_amount, cod_currency)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(m.id(), m.tenantId(), line.shipmentId(), i + 1, line.awb(), line.reference(), line.pieces(), line.weightKg(),
                            line.codAmount(), line.codCurrency())
                    .update();
        }
    }

    Optional<Row> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM manifests WHERE tenant_id = ? AND id = ?").params(tenantId, id).query(mapper()).optional();
    }

    List<ManifestLine> lines(UUID tenantId, UUID id) {
        return jdbc.sql("""
                        SELECT shipment_id, awb, reference, pieces, weight_kg, cod_amount, cod_currency FROM manifest_shipments
                        WHERE tenant_id = ? AND manifest_id = ? ORDER BY position""")
                .params(tenantId, id)
                .query((rs, n) -> new ManifestLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)))
                .list();
    }

    Optional<byte[]> document(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT document FROM manifests WHERE tenant_id = ? AND id = ?").params(tenantId, id).query(byte[].class).optional();
    }

    /** Of these shipments, the ones on a manifest already. */
    Set<UUID> manifested(UUID tenantId, Collection<UUID> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("SELECT shipment_id FROM manifest_shipments WHERE tenant_id = ? AND shipment_id = ANY(?)")
                .params(tenantId, shipmentIds.toArray(UUID[]::new)).query(UUID.class).list().stream().collect(Collectors.toSet());
    }

    /** The manifest a shipment is on. */
    Optional<UUID> manifestOf(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("SELECT manifest_id FROM manifest_shipments WHERE tenant_id = ? AND shipment_id = ?").params(tenantId, shipmentId)
                .query(UUID.class).optional();
    }

    /** Newest first, after the cursor's manifest (ids are time-ordered), at most {@code limit}. */
    List<Row> list(UUID tenantId, UUID warehouseId, UUID carrierAccountId, LocalDate date, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM manifests WHERE tenant_id = ?");
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
            sql.append(" AND manifest_date = ?");
            params.add(Date.valueOf(date));
        }
        if (after != null) {
            sql.append(" AND id < ?");
            params.add(after);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(mapper()).list();
    }

    private RowMapper<Row> mapper() {
        return (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"), rs.getObject("warehouse_id", UUID.class),
                rs.getDate("manifest_date").toLocalDate(), rs.getString("carrier_status"), rs.getString("carrier_manifest_id"),
                rs.getInt("shipment_count"), rs.getInt("piece_count"), rs.getBigDecimal("total_weight_kg"),
                json.read(rs.getString("cod_totals"), new TypeReference<List<MoneyView>>() {
                }), rs.getTimestamp("created_at").toInstant());
    }
}

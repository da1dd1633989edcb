package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What pickups and end-of-day manifests read of the tenant's shipments: the ones a courier has yet to take over at a
 * warehouse, with pieces, weight and COD. Read only; every query filters by tenant.
 */
@Component
public class ShipmentHandover {

    /** The statuses of a shipment bought and not yet in the carrier's hands. */
    static final Set<TrackingStatus> AWAITING = EnumSet.of(TrackingStatus.MANIFESTED, TrackingStatus.PICKUP_PENDING,
            TrackingStatus.OUT_FOR_PICKUP, TrackingStatus.PICKUP_FAILED);
    private static final String AWAITING_SQL = AWAITING.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final String COLUMNS = """
            id, tenant_id, carrier_account_id, carrier, warehouse_id, awb, carrier_shipment_id, reference, status, options, recipient,
            created_at""";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ShipmentHandover(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The tenant's shipments of these ids (bought here, not trackers), in no order; ids of none are left out. */
    public List<HandoverShipment> find(UUID tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withParcels(tenantId, jdbc.sql("SELECT " + COLUMNS + " FROM shipments WHERE tenant_id = ? AND kind = 'shipment' AND id = ANY(?)")
                .params(tenantId, ids.toArray(UUID[]::new)).query((rs, n) -> row(rs)).list());
    }

    /**
     * The shipments of a carrier account at a warehouse that the courier has yet to take over, created before
     * {@code createdBefore}, oldest first, at most {@code limit}.
     */
    public List<HandoverShipment> awaitingHandover(UUID tenantId, UUID carrierAccountId, UUID warehouseId, Instant createdBefore,
                                                   int limit) {
        return withParcels(tenantId, jdbc.sql("SELECT " + COLUMNS + " " + """
                        FROM shipments WHERE tenant_id = ? AND warehouse_id = ? AND carrier_account_id = ? AND kind = 'shipment'
                          AND created_at < ? AND status IN """ + " " + AWAITING_SQL + " ORDER BY created_at, id LIMIT ?")
                .params(tenantId, warehouseId, carrierAccountId, Timestamp.from(createdBefore), limit).query((rs, n) -> row(rs)).list());
    }

    private HandoverShipment row(ResultSet rs) throws SQLException {
        ShipmentOptions options = json.read(rs.getString("options"), ShipmentOptions.class);
        Address recipient = json.read(rs.getString("recipient"), Address.class);
        Money cod = options != null && options.hasCod() ? options.cod() : null;
        return new HandoverShipment(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("carrier_account_id", UUID.class), rs.getString("carrier"), rs.getObject("warehouse_id", UUID.class),
                rs.getString("awb"), rs.getString("carrier_shipment_id"), rs.getString("reference"), TrackingStatus.valueOf(rs.getString("status")),
                0, BigDecimal.ZERO, cod, recipient.city(), recipient.postalCode(), recipient.country(), rs.getTimestamp("created_at").toInstant());
    }

    /** The shipments with their pieces and weight, from their parcels (one query for all). */
    private List<HandoverShipment> withParcels(UUID tenantId, List<HandoverShipment> shipments) {
        if (shipments.isEmpty()) {
            return shipments;
        }
        Map<UUID, int[]> pieces = new HashMap<>();
        Map<UUID, BigDecimal> kilograms = new HashMap<>();
        jdbc.sql("SELECT shipment_id, weight_value, weight_unit FROM parcels WHERE tenant_id = ? AND shipment_id = ANY(?)")
                .params(tenantId, shipments.stream().map(HandoverShipment::id).toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    pieces.computeIfAbsent(id, k -> new int[1])[0]++;
                    kilograms.merge(id, new Weight(rs.getBigDecimal(2), WeightUnit.valueOf(rs.getString(3))).in(WeightUnit.KG, 3), BigDecimal::add);
                });
        return shipments.stream().map(s -> new HandoverShipment(s.id(), s.tenantId(), s.carrierAccountId(), s.carrier(), s.warehouseId(),
                s.awb(), s.carrierShipmentId(), s.reference(), s.status(), pieces.getOrDefault(s.id(), new int[1])[0],
                kilograms.getOrDefault(s.id(), BigDecimal.ZERO.setScale(3)), s.cod(), s.recipientCity(), s.recipientPostalCode(),
                s.recipientCountry(), s.createdAt())).toList();
    }
}

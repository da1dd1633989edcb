package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.platform.paging.PageCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the warehouse label console (issue 19) reads and does with a tenant's shipments: scan or search by AWB, parcel
 * tracking number, order reference or id; the filtered list; the day's pick list; cancel (the API's cancel path).
 * Every read filters by the tenant; a foreign or unknown id is a 404 as in the API.
 */
@Component
public class ConsoleShipments {

    /** The most shipments a search answers. */
    public static final int MAX_MATCHES = 20;

    private final ShipmentService service;
    private final JdbcClient jdbc;

    ConsoleShipments(ShipmentService service, JdbcClient jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    /** The tenant's shipment (404 for an unknown or foreign id). */
    public ShipmentView get(UUID tenantId, UUID id) {
        return service.get(tenantId, id);
    }

    /**
     * The tenant's shipments a scanned or typed code names, newest first: the AWB or a parcel's tracking number (case
     * ignored), the order reference (exact), or the shipment id. Trackers (shipments bought elsewhere) are not listed.
     */
    public List<ShipmentView> search(UUID tenantId, String code) {
        String q = code == null ? "" : code.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        UUID id = null;
        try {
            id = UUID.fromString(q);
        } catch (IllegalArgumentException notAnId) {
            // an AWB or a reference
        }
        String upper = q.toUpperCase(Locale.ROOT);
        List<UUID> ids = jdbc.sql("""
                        SELECT id FROM shipments s WHERE tenant_id = ? AND kind = 'shipment'
                          AND (upper(awb) = ? OR reference = ? OR id = ?
                               OR EXISTS (SELECT 1 FROM parcels p WHERE p.tenant_id = s.tenant_id AND p.shipment_id = s.id
                                          AND upper(p.tracking_number) = ?))
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(tenantId, upper, q, id, upper, MAX_MATCHES)
                .query(UUID.class).list();
        return ids.stream().map(found -> service.get(tenantId, found)).toList();
    }

    /** A page of the tenant's shipments, newest first, filtered (each filter null: any). */
    public ShipmentPage list(UUID tenantId, TrackingStatus status, String carrier, UUID warehouseId, Instant createdFrom, Instant createdTo,
                             int limit, String cursor) {
        return service.list(tenantId, new ShipmentQuery(status, carrier, null, createdFrom, createdTo, Math.min(limit, ShipmentQuery.MAX_LIMIT),
                cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor), warehouseId));
    }

    /** A shipment to pick and label: where it leaves from, the order it is for, when it was bought. */
    public record PickItem(UUID id, UUID warehouseId, String reference, String awb, Instant createdAt) {
    }

    /**
     * The tenant's shipments of the filters, for printing their labels (at most {@code max}, oldest first; the caller
     * puts them in pick order). Without a status filter, cancelled shipments are left out: their labels are void.
     */
    public List<PickItem> pickList(UUID tenantId, TrackingStatus status, String carrier, UUID warehouseId, Instant createdFrom, Instant createdTo,
                                   int max) {
        StringBuilder sql = new StringBuilder("SELECT id, warehouse_id, reference, awb, created_at FROM shipments "
                + "WHERE tenant_id = ? AND kind = 'shipment'");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (status == null) {
            sql.append(" AND status <> 'CANCELLED' AND cancelled_at IS NULL");
        } else {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (carrier != null) {
            sql.append(" AND carrier = ?");
            params.add(carrier);
        }
        if (warehouseId != null) {
            sql.append(" AND warehouse_id = ?");
            params.add(warehouseId);
        }
        if (createdFrom != null) {
            sql.append(" AND created_at >= ?");
            params.add(Timestamp.from(createdFrom));
        }
        if (createdTo != null) {
            sql.append(" AND created_at < ?");
            params.add(Timestamp.from(createdTo));
        }
        sql.append(" ORDER BY created_at, id LIMIT ?");
        params.add(max);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new PickItem(rs.getObject("id", UUID.class),
                rs.getObject("warehouse_id", UUID.class), rs.getString("reference"), rs.getString("awb"),
                rs.getTimestamp("created_at").toInstant())).list();
    }

    /** Voids the label through the API's cancel path (its guards, the carrier's cancel, the events). */
    public ShipmentCancellationView cancel(UUID tenantId, UUID id) {
        return service.cancel(tenantId, id);
    }
}

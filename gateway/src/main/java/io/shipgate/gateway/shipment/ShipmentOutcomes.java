package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TrackingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** What other modules (lane learning) may read of a bought shipment's outcome; trackers have none. */
@Component
public class ShipmentOutcomes {

    private final JdbcClient jdbc;

    ShipmentOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's bought shipment as stored now (in the caller's transaction); empty for a tracker, an unknown or foreign id. */
    public Optional<ShipmentOutcome> find(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT tenant_id, id, carrier, service, shipper ->> 'country' AS origin_country,
                               COALESCE(shipper ->> 'postal_code', shipper ->> 'postalCode') AS origin_postal_code,
                               recipient ->> 'country' AS destination_country,
                               COALESCE(recipient ->> 'postal_code', recipient ->> 'postalCode') AS destination_postal_code,
                               ship_date, promised_delivery, first_attempt_at, delivered_at, status
                        FROM shipments WHERE tenant_id = ? AND id = ? AND kind = 'shipment'""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> new ShipmentOutcome(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("carrier"), rs.getString("service"), rs.getString("origin_country"), rs.getString("origin_postal_code"),
                        rs.getString("destination_country"), rs.getString("destination_postal_code"), date(rs.getDate("ship_date")),
                        date(rs.getDate("promised_delivery")), instant(rs.getTimestamp("first_attempt_at")),
                        instant(rs.getTimestamp("delivered_at")), TrackingStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.TrackingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What the public pages may read of a tenant's shipment (or tracker): its tracking state and no personal data beyond the
 * destination city and the recipient's first name. Each read is one query on an index of {@code shipments}
 * ({@code shipments_tenant_awb}, {@code shipments_tenant_reference}).
 */
@Component
public class ShipmentFinder {

    private static final String COLUMNS = "id, kind, carrier, awb, status, reference, estimated_delivery, latest_delivery, delivered_at, "
            + "recipient->>'name' AS recipient_name, recipient->>'city' AS recipient_city";

    private final JdbcClient jdbc;

    ShipmentFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A shipment as a customer may see it.
     *
     * @param firstName the recipient's first name (the first word of the name), if any
     * @param city      the destination city, if any
     * @param tracker   a tracker (an AWB the tenant follows, e.g. a return's), not a shipment bought here
     */
    public record PublicShipment(UUID id, boolean tracker, String carrier, String awb, TrackingStatus status, String reference,
                                 LocalDate estimatedDelivery, LocalDate latestDelivery, Instant deliveredAt, String firstName, String city) {
    }

    /** The tenant's shipment or tracker with this AWB (the newest, should two accounts share one); empty for another tenant's. */
    public Optional<PublicShipment> byAwb(UUID tenantId, String awb) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shipments WHERE tenant_id = ? AND awb = ? ORDER BY created_at DESC LIMIT 1")
                .params(tenantId, awb).query((rs, n) -> row(rs)).optional();
    }

    /**
     * The tenant's newest shipment of an order whose recipient has this email (case-insensitive) or whose phone ends with
     * these 4 digits; empty when none matches (the caller cannot tell a wrong reference from a wrong email).
     */
    public Optional<PublicShipment> byOrder(UUID tenantId, String reference, String emailOrPhoneDigits) {
        String contact = emailOrPhoneDigits == null ? "" : emailOrPhoneDigits.strip();
        boolean email = contact.contains("@");
        String digits = contact.replaceAll("[^0-9]", "");
        if (reference == null || reference.isBlank() || (email ? contact.length() < 3 : digits.length() != 4)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + ", recipient->>'email' AS recipient_email, recipient->>'phone' AS recipient_phone "
                        + "FROM shipments WHERE tenant_id = ? AND reference = ? AND kind = 'shipment' AND cancelled_at IS NULL "
                        + "ORDER BY created_at DESC LIMIT 20")
                .params(tenantId, reference.strip())
                .query((rs, n) -> matches(rs, email, contact, digits) ? row(rs) : null)
                .list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private static boolean matches(ResultSet rs, boolean email, String contact, String digits) throws SQLException {
        if (email) {
            String stored = rs.getString("recipient_email");
            return stored != null && same(stored.strip().toLowerCase(Locale.ROOT), contact.toLowerCase(Locale.ROOT));
        }
        String phone = rs.getString("recipient_phone");
        String stored = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return stored.length() >= 4 && same(stored.substring(stored.length() - 4), digits);
    }

    /** Compared in constant time, so that the answer's timing tells nothing of how much matched. */
    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static PublicShipment row(ResultSet rs) throws SQLException {
        String name = rs.getString("recipient_name");
        String firstName = name == null || name.isBlank() ? null : name.strip().split("\\s+")[0];
        Date edd = rs.getDate("estimated_delivery");
        Date latest = rs.getDate("latest_delivery");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new PublicShipment(rs.getObject("id", UUID.class), "tracker".equals(rs.getString("kind")), rs.getString("carrier"),
                rs.getString("awb"), TrackingStatus.valueOf(rs.getString("status")), rs.getString("reference"),
                edd == null ? null : edd.toLocalDate(), latest == null ? null : latest.toLocalDate(),
                delivered == null ? null : delivered.toInstant(), firstName, rs.getString("recipient_city"));
    }
}

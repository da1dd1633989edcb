package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The labels console users printed ({@code label_prints}): the first print of a shipment is its print, every later one
 * a reprint, shown on the shipment's page (who, when, in which format). Every statement filters by tenant.
 */
@Repository
class LabelPrints {

    /** How a label was printed: its shipment's print button, the day's merged labels, or a batch's. */
    enum Via { SHIPMENT, DAY, BATCH }

    /** One print, as the shipment's page lists it. */
    record Print(String userName, String actor, String format, String size, String via, Instant printedAt, boolean reprint) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LabelPrints(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that the user printed the shipments' labels now. */
    @Transactional
    void record(ConsoleUser user, Collection<UUID> shipmentIds, String format, String size, Via via) {
        Timestamp now = Timestamp.from(clock.instant());
        for (UUID shipmentId : shipmentIds) {
            jdbc.sql("""
                            INSERT INTO label_prints (id, tenant_id, shipment_id, user_id, actor, format, size, via, printed_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Ids.newId(clock), user.tenantId(), shipmentId, user.id(), user.actor(), format, size,
                            via.name().toLowerCase(java.util.Locale.ROOT), now)
                    .update();
        }
    }

    /** The shipment's prints, oldest first: the first is the print, the others reprints. */
    List<Print> history(UUID tenantId, UUID shipmentId) {
        List<Print> prints = jdbc.sql("""
                        SELECT u.name, p.actor, p.format, p.size, p.via, p.printed_at FROM label_prints p
                        JOIN console_users u ON u.id = p.user_id AND u.tenant_id = p.tenant_id
                        WHERE p.tenant_id = ? AND p.shipment_id = ? ORDER BY p.printed_at, p.id""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> new Print(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), n > 0))
                .list();
        return prints;
    }
}

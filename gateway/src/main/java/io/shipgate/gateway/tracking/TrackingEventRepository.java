package io.shipgate.gateway.tracking;

import io.shipgate.gateway.support.JsonColumns;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A shipment's normalized tracking events. The same carrier event (same code, same time) is
 * stored once however often it is polled or pushed.
 */
@Repository
public class TrackingEventRepository {

    /** Where an event came from. */
    public enum Source {
        POLL, WEBHOOK, GATEWAY
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;

    TrackingEventRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the events not stored yet; returns those that were new. */
    public List<TrackingEvent> insertNew(UUID tenantId, UUID shipmentId, List<TrackingEvent> events, Source source) {
        List<TrackingEvent> inserted = new ArrayList<>();
        for (TrackingEvent e : events) {
            int rows = jdbc.sql("""
                            INSERT INTO tracking_events (tenant_id, shipment_id, status, status_code, ndr_reason, carrier_code, carrier_text,
                                location, occurred_at, utc_offset, source)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                            ON CONFLICT ON CONSTRAINT tracking_events_once DO NOTHING""")
                    .params(tenantId, shipmentId, e.status().name(), e.status().code(),
                            e.ndrReason() == null ? null : e.ndrReason().name(), e.carrierCode(), e.carrierText(),
                            e.location() == null ? null : json.write(e.location()), Timestamp.from(e.occurredAt().toInstant()),
                            e.occurredAt().getOffset().getId(), source.name())
                    .update();
            if (rows == 1) {
                inserted.add(e);
            }
        }
        return inserted;
    }

    /** The status of the shipment's latest event the carrier's code was known for (by when it happened, not when it came). */
    public Optional<TrackingStatus> latestKnownStatus(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT status FROM tracking_events WHERE tenant_id = ? AND shipment_id = ? AND status <> 'UNKNOWN'
                        ORDER BY occurred_at DESC, id DESC LIMIT 1""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> TrackingStatus.valueOf(rs.getString(1))).optional();
    }

    /** Oldest first, each time in the offset the carrier reported it in. */
    public List<TrackingEvent> list(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT status, ndr_reason, carrier_code, carrier_text, location::text, occurred_at, utc_offset
                        FROM tracking_events WHERE tenant_id = ? AND shipment_id = ? ORDER BY occurred_at, id""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> new TrackingEvent(TrackingStatus.valueOf(rs.getString("status")),
                        rs.getString("ndr_reason") == null ? null : NdrReason.valueOf(rs.getString("ndr_reason")),
                        rs.getString("carrier_code"), rs.getString("carrier_text"),
                        rs.getString("location") == null ? null : json.read(rs.getString("location"), EventLocation.class),
                        rs.getTimestamp("occurred_at").toInstant().atOffset(ZoneOffset.of(rs.getString("utc_offset")))))
                .list();
    }


}

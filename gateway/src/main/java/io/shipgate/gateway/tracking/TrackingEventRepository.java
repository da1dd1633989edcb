package io.shipgate.gateway.tracking;

import io.shipgate.gateway.platform.json.JsonColumns;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A shipment's normalized tracking events. The same carrier event (same code, same time) is
 * stored once however often it is polled or pushed. Every event is kept, but one dated more than
 * {@code shipgate.tracking.future-tolerance} after the gateway received it does not drive the
 * shipment's status (a carrier's clock or time zone is off, or the push is forged by someone
 * holding the secret): see {@link #statusTimeline}. An event whose time came without offset
 * ({@link TrackingEvent#offsetKnown()} false) is stored at its local time at +00:00, marked so.
 */
@Repository
class TrackingEventRepository {

    /** Where an event came from. */
    enum Source {
        POLL, WEBHOOK, GATEWAY
    }

    /** The furthest ahead of UTC a place's clock is (UTC+14): how far a local time held at +00:00 may be ahead of the real instant. */
    static final Duration UNKNOWN_OFFSET_SPAN = Duration.ofHours(14);

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final Clock clock;
    private final Duration futureTolerance;

    TrackingEventRepository(JdbcClient jdbc, JsonColumns json, Clock clock,
                            @Value("${shipgate.tracking.future-tolerance:5m}") Duration futureTolerance) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.futureTolerance = futureTolerance;
    }

    /** Stores the events not stored yet, received now; returns those that were new. */
    List<TrackingEvent> insertNew(UUID tenantId, UUID shipmentId, List<TrackingEvent> events, Source source) {
        Timestamp receivedAt = Timestamp.from(clock.instant());
        List<TrackingEvent> inserted = new ArrayList<>();
        for (TrackingEvent e : events) {
            int rows = jdbc.sql("""
                            INSERT INTO tracking_events (tenant_id, shipment_id, status, status_code, ndr_reason, carrier_code, carrier_text,
                                location, occurred_at, utc_offset, source, received_at, correction, offset_known)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT ON CONSTRAINT tracking_events_once DO NOTHING""")
                    .params(tenantId, shipmentId, e.status().name(), e.status().code(),
                            e.ndrReason() == null ? null : e.ndrReason().name(), e.carrierCode(), e.carrierText(),
                            e.location() == null ? null : json.write(e.location()), Timestamp.from(e.occurredAt().toInstant()),
                            e.occurredAt().getOffset().getId(), source.name(), receivedAt, e.correction(), e.offsetKnown())
                    .update();
            if (rows == 1) {
                inserted.add(e);
            }
        }
        return inserted;
    }

    /**
     * Whether an event received at {@code receivedAt} is dated too far ahead of it to drive the status. A
     * local time whose offset is unknown (held at +00:00) may be up to {@link #UNKNOWN_OFFSET_SPAN} ahead of
     * the real instant, east of Greenwich, without being wrong.
     */
    boolean datedAhead(TrackingEvent event, Instant receivedAt) {
        Duration tolerance = event.offsetKnown() ? futureTolerance : futureTolerance.plus(UNKNOWN_OFFSET_SPAN);
        return event.occurredAt().toInstant().isAfter(receivedAt.plus(tolerance));
    }

    /**
     * The shipment's events that may drive its status, in the order they happened (not the order
     * they came): those whose carrier code is known and that were not dated ahead of their receipt.
     */
    List<TrackingStatusPolicy.Step> statusTimeline(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT status, correction FROM tracking_events
                        WHERE tenant_id = ? AND shipment_id = ? AND status <> 'UNKNOWN'
                          AND occurred_at <= received_at + make_interval(secs => ?)
                              + CASE WHEN offset_known THEN interval '0' ELSE make_interval(secs => ?) END
                        ORDER BY occurred_at, id""")
                .params(tenantId, shipmentId, futureTolerance.toMillis() / 1000.0, (double) UNKNOWN_OFFSET_SPAN.toSeconds())
                .query((rs, n) -> new TrackingStatusPolicy.Step(TrackingStatus.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list();
    }

    /** Oldest first, each time in the offset the carrier reported it in. */
    List<TrackingEvent> list(UUID tenantId, UUID shipmentId) {
        return jdbc.sql("""
                        SELECT status, ndr_reason, carrier_code, carrier_text, location::text, occurred_at, utc_offset, correction, offset_known
                        FROM tracking_events WHERE tenant_id = ? AND shipment_id = ? ORDER BY occurred_at, id""")
                .params(tenantId, shipmentId)
                .query((rs, n) -> new TrackingEvent(TrackingStatus.valueOf(rs.getString("status")),
                        rs.getString("ndr_reason") == null ? null : NdrReason.valueOf(rs.getString("ndr_reason")),
                        rs.getString("carrier_code"), rs.getString("carrier_text"),
                        rs.getString("location") == null ? null : json.read(rs.getString("location"), EventLocation.class),
                        rs.getTimestamp("occurred_at").toInstant().atOffset(ZoneOffset.of(rs.getString("utc_offset"))),
                        rs.getBoolean("correction"), rs.getBoolean("offset_known")))
                .list();
    }
}

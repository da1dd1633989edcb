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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** An event to store for a shipment, and where it came from. */
    record NewEvent(UUID tenantId, UUID shipmentId, TrackingEvent event, Source source) {
    }

    /**
     * Stores the events not stored yet, received now, in one statement: an event stored already, or earlier in the list (the
     * same shipment, time and carrier code), is not stored again. Returns the new ones: their index in the list, and their row id.
     */
    Map<Integer, Long> insertNew(List<NewEvent> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        int n = events.size();
        UUID[] tenants = new UUID[n];
        UUID[] shipments = new UUID[n];
        String[] statuses = new String[n];
        Integer[] codes = new Integer[n];
        String[] ndrReasons = new String[n];
        String[] carrierCodes = new String[n];
        String[] texts = new String[n];
        String[] locations = new String[n];
        String[] times = new String[n];
        String[] offsets = new String[n];
        String[] sources = new String[n];
        Boolean[] corrections = new Boolean[n];
        Boolean[] offsetsKnown = new Boolean[n];
        for (int i = 0; i < n; i++) {
            NewEvent ne = events.get(i);
            TrackingEvent e = ne.event();
            tenants[i] = ne.tenantId();
            shipments[i] = ne.shipmentId();
            statuses[i] = e.status().name();
            codes[i] = e.status().code();
            ndrReasons[i] = e.ndrReason() == null ? null : e.ndrReason().name();
            carrierCodes[i] = e.carrierCode();
            texts[i] = e.carrierText();
            locations[i] = e.location() == null ? null : json.write(e.location());
            times[i] = e.occurredAt().toInstant().toString();
            offsets[i] = e.occurredAt().getOffset().getId();
            sources[i] = ne.source().name();
            corrections[i] = e.correction();
            offsetsKnown[i] = e.offsetKnown();
        }
        // ordinality: the first of the same event in the list is the one stored; the others conflict with it
        Map<Integer, Long> inserted = new HashMap<>();
        jdbc.sql("""
                        WITH input AS (
                            SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[],
                                                 ?::timestamptz[], ?::text[], ?::text[], ?::boolean[], ?::boolean[])
                                WITH ORDINALITY AS t(tenant_id, shipment_id, status, status_code, ndr_reason, carrier_code, carrier_text,
                                                     location, occurred_at, utc_offset, source, correction, offset_known, ord)),
                        stored AS (
                            INSERT INTO tracking_events (tenant_id, shipment_id, status, status_code, ndr_reason, carrier_code, carrier_text,
                                location, occurred_at, utc_offset, source, received_at, correction, offset_known)
                            SELECT tenant_id, shipment_id, status, status_code, ndr_reason, carrier_code, carrier_text, location::jsonb,
                                occurred_at, utc_offset, source, ?, correction, offset_known
                            FROM input ORDER BY ord
                            ON CONFLICT ON CONSTRAINT tracking_events_once DO NOTHING
                            RETURNING id, shipment_id, occurred_at, carrier_code)
                        SELECT min(i.ord), s.id FROM stored s JOIN input i
                            ON i.shipment_id = s.shipment_id AND i.occurred_at = s.occurred_at AND i.carrier_code = s.carrier_code
                        GROUP BY s.id""")
                .params(tenants, shipments, statuses, codes, ndrReasons, carrierCodes, texts, locations, times, offsets, sources,
                        corrections, offsetsKnown, Timestamp.from(clock.instant()))
                .query((rs, row) -> inserted.put((int) rs.getLong(1) - 1, rs.getLong(2)))
                .list();
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

    /** A step of a shipment's status timeline, and the row it comes from. */
    record TimelineStep(long id, TrackingStatusPolicy.Step step) {
    }

    /**
     * The shipments' events that may drive their status, each shipment's in the order they happened (not the order they
     * came): those whose carrier code is known and that were not dated ahead of their receipt. {@code shipmentIds} pairs
     * each shipment's id with its tenant's.
     */
    Map<UUID, List<TimelineStep>> statusTimelines(List<UUID> tenantIds, List<UUID> shipmentIds) {
        Map<UUID, List<TimelineStep>> timelines = new HashMap<>();
        jdbc.sql("""
                        SELECT shipment_id, id, status, correction FROM tracking_events
                        WHERE (tenant_id, shipment_id) IN (SELECT * FROM unnest(?::uuid[], ?::uuid[])) AND status <> 'UNKNOWN'
                          AND occurred_at <= received_at + make_interval(secs => ?)
                              + CASE WHEN offset_known THEN interval '0' ELSE make_interval(secs => ?) END
                        ORDER BY shipment_id, occurred_at, id""")
                .params(tenantIds.toArray(UUID[]::new), shipmentIds.toArray(UUID[]::new), futureTolerance.toMillis() / 1000.0,
                        (double) UNKNOWN_OFFSET_SPAN.toSeconds())
                .query((rs, n) -> timelines.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new TimelineStep(rs.getLong(2), new TrackingStatusPolicy.Step(TrackingStatus.valueOf(rs.getString(3)),
                                rs.getBoolean(4)))))
                .list();
        return timelines;
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

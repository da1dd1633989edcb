package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Events for merchants, written in the transaction of the change they describe (transactional
 * outbox), so an event exists if and only if its change was committed. Every {@link OutboxEvent}
 * published is written here, synchronously, in the publisher's transaction (published outside one,
 * it fails). A dispatcher delivers them as signed webhooks.
 */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    Outbox(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** First of the event's listeners: an event is in the outbox before any listener's reaction writes its own events. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(OutboxEvent event) {
        jdbc.sql("""
                        INSERT INTO outbox (tenant_id, aggregate_type, aggregate_id, event_type, event_version, payload)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb)""")
                .params(event.tenantId(), event.aggregateType(), event.aggregateId(), event.type(), event.version(), json.write(event))
                .update();
    }

    /**
     * Deletes up to {@code limit} events fanned out to the webhook endpoints before {@code before}, oldest
     * first, with their deliveries, but none with a delivery still pending (retrying, or waiting for a paused
     * endpoint); dead letters go with their event; see {@link OutboxPurge}.
     */
    int purgeDispatched(Instant before, int limit) {
        return jdbc.sql("""
                        DELETE FROM outbox WHERE id IN (
                            SELECT id FROM outbox o WHERE state = 'DISPATCHED' AND dispatched_at < ?
                              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = o.id AND d.state = 'pending')
                            ORDER BY dispatched_at LIMIT ? FOR UPDATE SKIP LOCKED)""")
                .params(Timestamp.from(before), limit).update();
    }
}

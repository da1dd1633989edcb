package io.shipgate.gateway.webhook;

import io.shipgate.gateway.platform.json.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Events for merchants, written in the transaction of the change they describe (transactional
 * outbox), so an event exists if and only if its change was committed. A dispatcher delivers them
 * as signed webhooks.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    Outbox(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Event types merchants subscribe to; their payloads are documented in docs/api.md. */
    public enum EventType {
        SHIPMENT_CREATED("shipment.created"),
        SHIPMENT_CANCELLED("shipment.cancelled"),
        SHIPMENT_STATUS_CHANGED("shipment.status_changed");

        private final String wireName;

        EventType(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(UUID tenantId, String aggregateType, UUID aggregateId, EventType type, Object payload) {
        jdbc.sql("INSERT INTO outbox (tenant_id, aggregate_type, aggregate_id, event_type, payload) VALUES (?, ?, ?, ?, ?::jsonb)")
                .params(tenantId, aggregateType, aggregateId, type.wireName(), json.write(payload))
                .update();
    }

    /** Deletes up to {@code limit} events delivered before {@code before}, oldest first; see {@link OutboxPurge}. */
    int purgeDispatched(Instant before, int limit) {
        return jdbc.sql("""
                        DELETE FROM outbox WHERE id IN (
                            SELECT id FROM outbox WHERE state = 'DISPATCHED' AND dispatched_at < ?
                            ORDER BY dispatched_at LIMIT ? FOR UPDATE SKIP LOCKED)""")
                .params(Timestamp.from(before), limit).update();
    }
}

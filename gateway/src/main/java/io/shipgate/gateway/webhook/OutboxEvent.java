package io.shipgate.gateway.webhook;

import java.util.UUID;

/**
 * An event for merchants. A feature publishes it (Spring's {@code ApplicationEventPublisher}) inside
 * the transaction of the change it describes, and the {@link Outbox} writes it there: the payload is
 * the JSON of the event record itself (snake_case, nulls left out), stored under its stable
 * {@link #type()} and {@link #version()}. Each aggregate has a sealed type of them (e.g.
 * {@code ShipmentEvent}); docs/api.md lists their payloads.
 */
public interface OutboxEvent {

    /** The tenant the event is for (a column of the outbox, not a part of the payload). */
    UUID tenantId();

    /** The kind of aggregate it happened to, e.g. {@code shipment}. */
    String aggregateType();

    UUID aggregateId();

    /** The stable name merchants subscribe to, e.g. {@code shipment.created}. */
    String type();

    /** The payload's schema version: raised when a field changes meaning or goes away (added fields keep it). */
    int version();
}

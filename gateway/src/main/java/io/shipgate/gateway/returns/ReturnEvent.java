package io.shipgate.gateway.returns;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.webhook.OutboxEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to a customer return, for merchants (written to the outbox with the change): {@code return_id},
 * {@code shipment_id} (absent for a standalone return), {@code awb}, {@code status}, {@code status_code},
 * {@code occurred_at} and what the type adds; docs/api.md#events-outbox lists them.
 */
public sealed interface ReturnEvent extends OutboxEvent {

    UUID returnId();

    TrackingStatus status();

    @JsonProperty("status_code")
    default int statusCode() {
        return status().code();
    }

    @Override
    default String aggregateType() {
        return "return";
    }

    @Override
    default UUID aggregateId() {
        return returnId();
    }

    /** A return was booked on the carrier: RETURN_REQUESTED, awaiting pickup. */
    record Created(@JsonIgnore UUID tenantId, UUID returnId, UUID shipmentId, String awb, String carrier, TrackingStatus status,
                   ReturnReason reason, String reference, Instant occurredAt) implements ReturnEvent {

        public static final String TYPE = "return.created";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /** The return's status moved: the carrier's tracking of its AWB, or its cancellation (CANCELLED). */
    record StatusChanged(@JsonIgnore UUID tenantId, UUID returnId, UUID shipmentId, String awb, TrackingStatus status,
                         TrackingStatus previousStatus, Instant occurredAt) implements ReturnEvent {

        public static final String TYPE = "return.status_changed";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }
}

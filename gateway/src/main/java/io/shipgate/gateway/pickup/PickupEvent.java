package io.shipgate.gateway.pickup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.shipgate.gateway.webhook.OutboxEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happens to a pickup, for merchants (written to the outbox with the change); docs/api.md lists them. */
public sealed interface PickupEvent extends OutboxEvent {

    UUID pickupId();

    @Override
    default String aggregateType() {
        return "pickup";
    }

    @Override
    default UUID aggregateId() {
        return pickupId();
    }

    /** The carrier booked the pickup. */
    record Scheduled(@JsonIgnore UUID tenantId, UUID pickupId, UUID warehouseId, UUID carrierAccountId, String carrier,
                     String carrierPickupId, LocalDate confirmedDate, int packageCount, Instant occurredAt) implements PickupEvent {

        public static final String TYPE = "pickup.scheduled";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /** The pickup was cancelled at the carrier. */
    record Cancelled(@JsonIgnore UUID tenantId, UUID pickupId, UUID warehouseId, String carrier, String carrierPickupId,
                     Instant occurredAt) implements PickupEvent {

        public static final String TYPE = "pickup.cancelled";

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

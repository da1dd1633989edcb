package io.shipgate.gateway.ndr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.webhook.OutboxEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to an NDR case, for merchants (written to the outbox with the change) and lane statistics. Each payload
 * has {@code ndr_id}, {@code shipment_id}, {@code awb}, {@code occurred_at} and what its type adds; docs/api.md#events-outbox
 * lists them. They belong to the shipment's stream (aggregate {@code shipment}), so a webhook endpoint gets them in order
 * with the shipment's own events.
 */
public sealed interface NdrEvent extends OutboxEvent {

    UUID ndrId();

    UUID shipmentId();

    String awb();

    Instant occurredAt();

    @Override
    default String aggregateType() {
        return "shipment";
    }

    @Override
    default UUID aggregateId() {
        return shipmentId();
    }

    @Override
    default int version() {
        return 1;
    }

    /** A failed delivery attempt raised a case (the shipment had none open). */
    record Raised(@JsonIgnore UUID tenantId, UUID ndrId, UUID shipmentId, String awb, String carrier, NdrReason reason, int attempts,
                  Instant attemptedAt, Instant actionDeadline, Instant occurredAt) implements NdrEvent {

        public static final String TYPE = "ndr.raised";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Another failed attempt on an open (or actioned) case: it is open again, with a new deadline. */
    record Updated(@JsonIgnore UUID tenantId, UUID ndrId, UUID shipmentId, String awb, String carrier, NdrReason reason, int attempts,
                   Instant attemptedAt, Instant actionDeadline, Instant occurredAt) implements NdrEvent {

        public static final String TYPE = "ndr.updated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An action was sent to the carrier and it answered.
     *
     * @param source           {@code api} or {@code policy}
     * @param result           {@code accepted}, {@code pending} (the carrier's request id to follow) or {@code rejected}
     * @param policyId         the policy that took it, for {@code policy}
     */
    record Actioned(@JsonIgnore UUID tenantId, UUID ndrId, UUID shipmentId, String awb, UUID actionId, String action, String source,
                    UUID policyId, String result, String carrierRequestId, String carrierMessage, Instant occurredAt) implements NdrEvent {

        public static final String TYPE = "ndr.actioned";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The case closed.
     *
     * @param outcome {@code delivered}, {@code returned_to_origin}, {@code cancelled} or {@code expired} (its deadline passed)
     */
    record Closed(@JsonIgnore UUID tenantId, UUID ndrId, UUID shipmentId, String awb, String outcome, int attempts, Instant occurredAt)
            implements NdrEvent {

        public static final String TYPE = "ndr.closed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The merchant must act before the deadline: no policy acted on the attempt, a policy said escalate, or the policy's
     * action was rejected or could not be sent.
     *
     * @param policyId the policy that escalated, if one did
     */
    record ActionRequired(@JsonIgnore UUID tenantId, UUID ndrId, UUID shipmentId, String awb, NdrReason reason, int attempts,
                          Instant actionDeadline, UUID policyId, String why, Instant occurredAt) implements NdrEvent {

        public static final String TYPE = "shipment.ndr_action_required";

        @Override
        public String type() {
            return TYPE;
        }
    }
}

package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.webhook.OutboxEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to a shipment, for merchants (written to the outbox with the change) and for the
 * features that react to it (the tracking timeline records a cancellation). Each record is its own
 * payload: {@code shipment_id}, {@code awb}, {@code status}, {@code status_code}, {@code occurred_at}
 * and what the type adds; docs/api.md#events-outbox lists them. A new kind of event is a new record
 * here, with a new type name; a changed field raises its version.
 */
public sealed interface ShipmentEvent extends OutboxEvent {

    UUID shipmentId();

    String awb();

    TrackingStatus status();

    Instant occurredAt();

    @JsonProperty("status_code")
    default int statusCode() {
        return status().code();
    }

    @Override
    default String aggregateType() {
        return "shipment";
    }

    @Override
    default UUID aggregateId() {
        return shipmentId();
    }

    /** A label was bought and the shipment stored (by the request, or by the purchase reconciler). */
    record Created(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, String carrier, TrackingStatus status, String reference,
                   Instant occurredAt) implements ShipmentEvent {

        public static final String TYPE = "shipment.created";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /**
     * The carrier's tracking moved the shipment's status.
     *
     * @param ndrReason why a delivery failed, when the carrier said so
     */
    record StatusChanged(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, TrackingStatus status, TrackingStatus previousStatus,
                         NdrReason ndrReason, Instant occurredAt) implements ShipmentEvent {

        public static final String TYPE = "shipment.status_changed";

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /**
     * The label was voided at the carrier and the shipment is CANCELLED.
     *
     * @param carrierMessage the carrier's own words about it, if any
     */
    record Cancelled(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, String carrierMessage, Instant occurredAt)
            implements ShipmentEvent {

        public static final String TYPE = "shipment.cancelled";

        @Override
        @JsonProperty("status")
        public TrackingStatus status() {
            return TrackingStatus.CANCELLED;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /**
     * The carrier delivered the parcel: the shipment moved to DELIVERED (beside its {@link StatusChanged}).
     *
     * @param deliveredAt    when the carrier says it was delivered
     * @param firstAttemptAt when the carrier first tried to deliver it (this delivery, or an earlier failed attempt)
     */
    record Delivered(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, TrackingStatus previousStatus, Instant deliveredAt,
                     Instant firstAttemptAt, Instant occurredAt) implements ShipmentEvent {

        public static final String TYPE = "shipment.delivered";

        @Override
        @JsonProperty("status")
        public TrackingStatus status() {
            return TrackingStatus.DELIVERED;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /**
     * A delivery attempt failed: the shipment moved to FAILED_DELIVERY (beside its {@link StatusChanged}).
     *
     * @param ndrReason   why, normalized (NDR: non-delivery report), when the carrier said so
     * @param carrierCode the carrier's own code of the scan
     * @param carrierText the carrier's own words about it
     * @param attemptedAt when the carrier tried
     */
    record FailedAttempt(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, TrackingStatus previousStatus, NdrReason ndrReason,
                         String carrierCode, String carrierText, Instant attemptedAt, Instant occurredAt) implements ShipmentEvent {

        public static final String TYPE = "shipment.failed_attempt";

        @Override
        @JsonProperty("status")
        public TrackingStatus status() {
            return TrackingStatus.FAILED_DELIVERY;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /**
     * The parcel came back to the shipper: the shipment moved to RTO_DELIVERED (beside its {@link StatusChanged}).
     *
     * @param returnedAt when the carrier says it was handed back
     */
    record ReturnedToOrigin(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, TrackingStatus previousStatus, Instant returnedAt,
                            Instant occurredAt) implements ShipmentEvent {

        public static final String TYPE = "shipment.returned_to_origin";

        @Override
        @JsonProperty("status")
        public TrackingStatus status() {
            return TrackingStatus.RTO_DELIVERED;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /**
     * Something went wrong on the parcel's way: the shipment moved to one of {@link #STATUSES} (beside its
     * {@link StatusChanged}).
     *
     * @param carrierCode the carrier's own code of the scan
     * @param carrierText the carrier's own words about it
     * @param reportedAt  when the carrier scanned it
     */
    record ExceptionOccurred(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, TrackingStatus status, TrackingStatus previousStatus,
                     String carrierCode, String carrierText, Instant reportedAt, Instant occurredAt) implements ShipmentEvent {

        public static final String TYPE = "shipment.exception";
        /** The statuses that are exceptions. */
        public static final java.util.Set<TrackingStatus> STATUSES = java.util.EnumSet.of(TrackingStatus.PICKUP_FAILED,
                TrackingStatus.DELAYED, TrackingStatus.ON_HOLD, TrackingStatus.NOT_SERVICEABLE, TrackingStatus.RTO_FAILED,
                TrackingStatus.LOST, TrackingStatus.DAMAGED);

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int version() {
            return 1;
        }
    }

    /**
     * The merchant cancelled the shipment once the carrier had the parcel, and the carrier was asked to return it to origin:
     * the shipment moved to RTO_REQUESTED (beside its {@link StatusChanged}); the carrier's RTO_* scans follow.
     *
     * @param carrierMessage the carrier's own words about it, if any
     */
    record RtoRequested(@JsonIgnore UUID tenantId, UUID shipmentId, String awb, TrackingStatus previousStatus, String carrierMessage,
                        Instant occurredAt) implements ShipmentEvent {

        public static final String TYPE = "shipment.rto_requested";

        @Override
        @JsonProperty("status")
        public TrackingStatus status() {
            return TrackingStatus.RTO_REQUESTED;
        }

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

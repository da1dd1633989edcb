package io.shipgate.carrier.model;

import java.time.OffsetDateTime;

/**
 * One carrier scan, normalized.
 *
 * @param status      the normalized status (UNKNOWN when the adapter does not know the carrier's code)
 * @param ndrReason   why delivery failed; set for FAILED_DELIVERY only
 * @param carrierCode the carrier's own status code, always kept
 * @param carrierText the carrier's own description
 * @param occurredAt  when it happened, with the offset of the scan's place. When the carrier gave a local
 *                    time without offset and the place's zone could not be told, the local wall-clock time
 *                    at offset +00:00, with {@code offsetKnown} false (see
 *                    {@link io.shipgate.carrier.spi.CarrierTimes}): the event is kept, never dropped
 * @param correction  the carrier's code says this scan corrects an earlier delivery scan (the parcel was not
 *                    delivered after all): only such an event moves a DELIVERED shipment to RTO_* or
 *                    FAILED_DELIVERY. Adapters set it from an explicit correction code of their carrier, never
 *                    from an event's time or order
 * @param offsetKnown whether {@code occurredAt}'s offset is the real one of the scan's place
 */
public record TrackingEvent(TrackingStatus status, NdrReason ndrReason, String carrierCode, String carrierText,
                            EventLocation location, OffsetDateTime occurredAt, boolean correction, boolean offsetKnown) {

    public TrackingEvent(TrackingStatus status, NdrReason ndrReason, String carrierCode, String carrierText,
                         EventLocation location, OffsetDateTime occurredAt, boolean correction) {
        this(status, ndrReason, carrierCode, carrierText, location, occurredAt, correction, true);
    }

    /** An ordinary scan, not a correction, at a time whose offset is known. */
    public TrackingEvent(TrackingStatus status, NdrReason ndrReason, String carrierCode, String carrierText,
                         EventLocation location, OffsetDateTime occurredAt) {
        this(status, ndrReason, carrierCode, carrierText, location, occurredAt, false, true);
    }
}

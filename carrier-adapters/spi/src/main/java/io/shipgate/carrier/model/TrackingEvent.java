package io.shipgate.carrier.model;

import java.time.OffsetDateTime;

/**
 * One carrier scan, normalized.
 *
 * @param status      the normalized status (UNKNOWN when the adapter does not know the carrier's code)
 * @param ndrReason   why delivery failed; set for FAILED_DELIVERY only
 * @param carrierCode the carrier's own status code, always kept
 * @param carrierText the carrier's own description
 * @param occurredAt  when it happened, with the carrier's local offset
 */
public record TrackingEvent(TrackingStatus status, NdrReason ndrReason, String carrierCode, String carrierText,
                            EventLocation location, OffsetDateTime occurredAt) {
}

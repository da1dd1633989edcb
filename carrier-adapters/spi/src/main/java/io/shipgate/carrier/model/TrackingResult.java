package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A shipment's tracking as the carrier reports it.
 *
 * @param events            oldest first
 * @param estimatedDelivery the carrier's estimate (the first day of its window); none once delivered
 * @param carrierPayload    the carrier's raw answer as JSON, for audit
 * @param latestDelivery    the last day of the carrier's window, when it gives one; none once delivered
 * @param deliveredAt       when the parcel was delivered: given by the adapter or, for a DELIVERED result,
 *                          the latest delivery scan's time
 */
public record TrackingResult(String awb, TrackingStatus status, List<TrackingEvent> events,
                             LocalDate estimatedDelivery, String carrierPayload, LocalDate latestDelivery,
                             OffsetDateTime deliveredAt) {

    public TrackingResult {
        events = events == null ? List.of() : events.stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
        if (status == TrackingStatus.DELIVERED) {
            estimatedDelivery = null;
            latestDelivery = null;
            if (deliveredAt == null) {
                deliveredAt = events.stream().filter(e -> e.status() == TrackingStatus.DELIVERED)
                        .map(TrackingEvent::occurredAt).reduce((a, b) -> b).orElse(null);
            }
        } else if (estimatedDelivery != null && latestDelivery != null && latestDelivery.isBefore(estimatedDelivery)) {
            latestDelivery = estimatedDelivery;
        }
    }

    public TrackingResult(String awb, TrackingStatus status, List<TrackingEvent> events, LocalDate estimatedDelivery,
                          String carrierPayload) {
        this(awb, status, events, estimatedDelivery, carrierPayload, null, null);
    }
}

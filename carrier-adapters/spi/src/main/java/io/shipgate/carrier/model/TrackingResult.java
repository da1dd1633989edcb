package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A shipment's tracking as the carrier reports it.
 *
 * @param events         oldest first
 * @param carrierPayload the carrier's raw answer as JSON, for audit
 */
public record TrackingResult(String awb, TrackingStatus status, List<TrackingEvent> events,
                             LocalDate estimatedDelivery, String carrierPayload) {

    public TrackingResult {
        events = events == null ? List.of() : events.stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
    }
}

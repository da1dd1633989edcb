package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The tracking resource of the REST API. */
public final class TrackingApi {

    private TrackingApi() {
    }

    /**
     * @param occurredAt  with the offset the carrier reported it in (the place's local time)
     * @param carrierCode the carrier's own code, kept even when the status is UNKNOWN
     */
    public record Event(TrackingStatus status, int statusCode, NdrReason ndrReason, String carrierCode, String carrierText,
                        EventLocation location, OffsetDateTime occurredAt) {
    }

    /**
     * A shipment's normalized timeline, oldest event first.
     *
     * @param lastRefreshedAt when the carrier was last asked
     * @param refreshError    set when the carrier could not be asked now; the stored timeline is shown
     */
    public record View(UUID shipmentId, String carrier, String awb, TrackingStatus status, int statusCode,
                       LocalDate estimatedDelivery, Instant lastRefreshedAt, String refreshError, List<Event> events) {
    }
}

package io.shipgate.gateway.edd;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * One carrier service's EDD question.
 *
 * @param readyAt    when the parcel is ready at the warehouse, in the warehouse's zone
 * @param cutOff     the warehouse's pickup cut-off (a parcel ready after it goes the next business day); null: none
 * @param confidence the confidence of {@link DeliveryEstimate#earliest()} and {@link DeliveryEstimate#latest()}, in (0, 1)
 */
public record EddQuery(String carrier, String service, String originCountry, String originPostalCode, String destinationCountry,
                       String destinationPostalCode, ZonedDateTime readyAt, LocalTime cutOff, double confidence) {
}

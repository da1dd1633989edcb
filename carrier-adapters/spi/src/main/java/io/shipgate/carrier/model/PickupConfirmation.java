package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.time.LocalTime;

/** A booked pickup: the carrier's confirmation number and the window it committed to. */
public record PickupConfirmation(String pickupId, LocalDate date, LocalTime readyFrom, LocalTime readyUntil,
                                 String carrierPayload) {
}

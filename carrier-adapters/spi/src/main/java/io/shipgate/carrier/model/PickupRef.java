package io.shipgate.carrier.model;

import java.time.LocalDate;

/** How the gateway points a carrier at a pickup it booked (some carriers need the date and place too). */
public record PickupRef(String pickupId, LocalDate date, Address location) {
}

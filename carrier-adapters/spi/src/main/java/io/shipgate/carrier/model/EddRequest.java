package io.shipgate.carrier.model;

import java.time.LocalDate;

/** An estimated-delivery-date question: a lane, a ship date and optionally one service. */
public record EddRequest(Address origin, Address destination,
                         LocalDate shipDate, String service, Weight weight) {
}

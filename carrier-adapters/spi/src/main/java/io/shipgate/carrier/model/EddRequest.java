package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** An estimated-delivery-date question: a lane, a ship date and optionally one service. */
public record EddRequest(@NotNull @Valid Address origin, @NotNull @Valid Address destination,
                         LocalDate shipDate, String service, @Valid Weight weight) {
}

package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Can the carrier serve this lane (or this destination, when origin is absent), and with what. */
public record ServiceabilityRequest(@Valid Address origin, @NotNull @Valid Address destination, @Valid Money cod) {
}

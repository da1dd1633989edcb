package io.shipgate.carrier.model;

/** Can the carrier serve this lane (or this destination, when origin is absent), and with what. */
public record ServiceabilityRequest(Address origin, Address destination, Money cod) {
}

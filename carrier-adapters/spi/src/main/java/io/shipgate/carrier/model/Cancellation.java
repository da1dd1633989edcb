package io.shipgate.carrier.model;

/** The carrier's confirmation that a shipment (label) is void. */
public record Cancellation(String awb, String carrierMessage) {
}

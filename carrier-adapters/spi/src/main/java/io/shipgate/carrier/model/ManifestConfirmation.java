package io.shipgate.carrier.model;

/** The carrier's acknowledgement of an end-of-day close: its manifest (or close) number and its answer as sent. */
public record ManifestConfirmation(String manifestId, String carrierPayload) {
}

package io.shipgate.routes.returns;

/**
 * The carrier's answer to a return's cancellation.
 *
 * @param carrierCancelled the carrier voided the pickup; false when the carrier offers no cancellation (it is told nothing)
 * @param carrierMessage   the carrier's own words, if any
 */
public record ReturnCancellation(boolean carrierCancelled, String carrierMessage) {
}

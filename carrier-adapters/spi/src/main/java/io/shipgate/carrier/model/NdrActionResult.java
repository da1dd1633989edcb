package io.shipgate.carrier.model;

/**
 * The carrier's answer to an NDR action. Many carriers process them asynchronously: keep
 * {@code requestId} to check the outcome later.
 */
public record NdrActionResult(String requestId, Status status, String carrierMessage) {

    public enum Status {
        ACCEPTED, PENDING, REJECTED
    }
}

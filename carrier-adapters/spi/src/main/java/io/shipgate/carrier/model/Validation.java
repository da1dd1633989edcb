package io.shipgate.carrier.model;

/** Bean Validation groups of the universal model. */
public final class Validation {
    private Validation() {
    }

    /**
     * Constraints that apply when a label is bought (shipments, returns), on top of the default
     * group that a rate quote needs (country, postal code, weights).
     */
    public interface Purchase {
    }
}

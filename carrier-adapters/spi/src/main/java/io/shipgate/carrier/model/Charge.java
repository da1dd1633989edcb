package io.shipgate.carrier.model;

/** One line of a price breakdown (base, fuel surcharge, COD fee, insurance, taxes...). */
public record Charge(String name, Money amount, ChargeType type) {

    public Charge {
        type = type == null ? ChargeType.OTHER : type;
    }

    /** A line whose kind the carrier did not say. */
    public Charge(String name, Money amount) {
        this(name, amount, ChargeType.OTHER);
    }
}

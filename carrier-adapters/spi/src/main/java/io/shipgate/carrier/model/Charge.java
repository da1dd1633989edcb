package io.shipgate.carrier.model;

/** One line of a price breakdown (base, fuel surcharge, COD fee, insurance...). */
public record Charge(String name, Money amount) {
}

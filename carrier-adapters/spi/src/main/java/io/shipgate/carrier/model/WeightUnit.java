package io.shipgate.carrier.model;

import java.math.BigDecimal;

/** A unit of mass, with its size in grams. */
public enum WeightUnit {
    G("1"), KG("1000"), OZ("28.349523125"), LB("453.59237");

    private final BigDecimal grams;

    WeightUnit(String grams) {
        this.grams = new BigDecimal(grams);
    }

    public BigDecimal grams() {
        return grams;
    }
}

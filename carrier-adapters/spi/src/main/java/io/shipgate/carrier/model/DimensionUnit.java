package io.shipgate.carrier.model;

import java.math.BigDecimal;

/** A unit of length, with its size in millimetres. */
public enum DimensionUnit {
    MM("1"), CM("10"), IN("25.4");

    private final BigDecimal millimetres;

    DimensionUnit(String millimetres) {
        this.millimetres = new BigDecimal(millimetres);
    }

    public BigDecimal millimetres() {
        return millimetres;
    }
}

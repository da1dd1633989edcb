package io.shipgate.carrier.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A parcel's outer dimensions with their unit. */
public record Dimensions(BigDecimal length, BigDecimal width,
                         BigDecimal height, DimensionUnit unit) {

    public static Dimensions of(String length, String width, String height, DimensionUnit unit) {
        return new Dimensions(new BigDecimal(length), new BigDecimal(width), new BigDecimal(height), unit);
    }

    public Dimensions to(DimensionUnit target) {
        return new Dimensions(convert(length, target), convert(width, target), convert(height, target), target);
    }

    private BigDecimal convert(BigDecimal v, DimensionUnit target) {
        if (target == unit) {
            return v;
        }
        return v.multiply(unit.millimetres()).divide(target.millimetres(), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Length x width x height in cubic centimetres. */
    public BigDecimal cubicCentimetres() {
        Dimensions cm = to(DimensionUnit.CM);
        return cm.length.multiply(cm.width).multiply(cm.height);
    }
}

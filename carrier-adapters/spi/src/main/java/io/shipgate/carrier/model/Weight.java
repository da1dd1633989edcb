package io.shipgate.carrier.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A weight with its unit. */
public record Weight(BigDecimal value, WeightUnit unit) {

    public static Weight of(String value, WeightUnit unit) {
        return new Weight(new BigDecimal(value), unit);
    }

    public static Weight grams(long grams) {
        return new Weight(BigDecimal.valueOf(grams), WeightUnit.G);
    }

    /** This weight in another unit, to {@code scale} decimals, rounded half up. */
    public BigDecimal in(WeightUnit target, int scale) {
        if (target == unit) {
            return value.setScale(scale, RoundingMode.HALF_UP);
        }
        return value.multiply(unit.grams()).divide(target.grams(), MathContext.DECIMAL64).setScale(scale, RoundingMode.HALF_UP);
    }

    public Weight to(WeightUnit target) {
        return new Weight(in(target, 4).stripTrailingZeros(), target);
    }

    public Weight plus(Weight other) {
        return new Weight(value.add(other.in(unit, 6)).stripTrailingZeros(), unit);
    }

    public Weight times(int factor) {
        return new Weight(value.multiply(BigDecimal.valueOf(factor)), unit);
    }
}

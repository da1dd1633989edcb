package io.shipgate.carrier.fedex;

import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * FedEx's weight, dimensions and money shapes and the conversions at the edge: weights and lengths
 * in the origin's units (pounds and inches from the US and its territories, kilograms and
 * centimetres elsewhere), dimensions in whole units rounded up as FedEx takes them.
 */
public final class FedExUnits {

    /** Origins whose FedEx rates and labels are in pounds and inches. */
    private static final Set<String> IMPERIAL_ORIGINS = Set.of("US", "PR", "VI", "GU", "AS", "MP");

    private FedExUnits() {
    }

    /** The units FedEx is sent for a shipment leaving {@code originCountry}. */
    public record Units(WeightUnit weight, DimensionUnit length) {

        public static Units of(String originCountry) {
            return IMPERIAL_ORIGINS.contains(originCountry) ? new Units(WeightUnit.LB, DimensionUnit.IN)
                    : new Units(WeightUnit.KG, DimensionUnit.CM);
        }
    }

    /** {@code {"units": "LB", "value": 3.31}}. */
    public record WireWeight(String units, BigDecimal value) {
    }

    /** {@code {"length", "width", "height", "units"}}. */
    public record WireDimensions(int length, int width, int height, String units) {
    }

    /** {@code {"amount": 12.5, "currency": "USD"}}. */
    public record WireMoney(BigDecimal amount, String currency) {
    }

    /** Two decimals, rounded half up, at least 0.01. */
    public static WireWeight weight(Weight weight, WeightUnit unit) {
        return new WireWeight(unit.name(), weightValue(weight, unit));
    }

    public static BigDecimal weightValue(Weight weight, WeightUnit unit) {
        return plain(weight.in(unit, 2).max(new BigDecimal("0.01")));
    }

    /** In whole units, rounded up (FedEx takes no decimals); null for no dimensions. */
    public static WireDimensions dimensions(Dimensions dimensions, DimensionUnit unit) {
        if (dimensions == null) {
            return null;
        }
        Dimensions d = dimensions.to(unit);
        return new WireDimensions(whole(d.length()), whole(d.width()), whole(d.height()), unit.name());
    }

    private static int whole(BigDecimal value) {
        return Math.max(1, value.setScale(0, RoundingMode.CEILING).intValueExact());
    }

    public static WireMoney money(Money money) {
        return money == null ? null : new WireMoney(plain(money.amount()), money.currency());
    }

    /** A decimal without trailing zeros, written plainly ({@code 50}, never {@code 5E+1}). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * An amount split over {@code parts} packages in whole cents, the remainder on the first: FedEx
     * takes declared values and COD amounts per package; null when there is no positive amount.
     */
    public static List<Money> split(Money total, int parts) {
        if (total == null || total.amount().signum() <= 0) {
            return null;
        }
        BigDecimal cents = total.amount().movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        BigDecimal[] share = cents.divideAndRemainder(BigDecimal.valueOf(parts));
        List<Money> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            BigDecimal c = i == 0 ? share[0].add(share[1]) : share[0];
            out.add(new Money(c.movePointLeft(2), total.currency()));
        }
        return out;
    }
}

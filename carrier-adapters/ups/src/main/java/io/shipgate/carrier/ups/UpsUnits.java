package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The units UPS wants for a shipment: those of the shipper's country (pounds and inches from the
 * US and Puerto Rico, kilograms and centimetres elsewhere); weights to one decimal place and
 * dimensions to whole units, both rounded up, never zero.
 */
public record UpsUnits(WeightUnit weightUnit, String weightCode, String weightName, DimensionUnit dimensionUnit, String dimensionCode,
                       String dimensionName) {

    public static final UpsUnits IMPERIAL = new UpsUnits(WeightUnit.LB, "LBS", "Pounds", DimensionUnit.IN, "IN", "Inches");
    public static final UpsUnits METRIC = new UpsUnits(WeightUnit.KG, "KGS", "Kilograms", DimensionUnit.CM, "CM", "Centimeters");

    private static final Set<String> IMPERIAL_COUNTRIES = Set.of("US", "PR");
    private static final BigDecimal SMALLEST = new BigDecimal("0.1");

    /** The units of a shipment from {@code shipperCountry}. */
    public static UpsUnits of(String shipperCountry) {
        return IMPERIAL_COUNTRIES.contains(shipperCountry) ? IMPERIAL : METRIC;
    }

    /** A weight in these units as UPS writes it ("4.0"), rounded up to the next tenth so a label never under-declares. */
    public String weight(Weight weight) {
        BigDecimal value = weight.value().multiply(weight.unit().grams())
                .divide(weightUnit.grams(), 6, RoundingMode.HALF_UP).setScale(1, RoundingMode.CEILING);
        return value.max(SMALLEST).toPlainString();
    }

    /** {@code {"Code":"LBS","Description":"Pounds"}}: the unit object of weights (Rating wants the description). */
    public UpsWire.CodeDescription weightUnitOfMeasurement() {
        return new UpsWire.CodeDescription(weightCode, weightName);
    }

    /** UPS's {@code Dimensions} object: unit, length, width, height, each rounded up to a whole unit (Shipping takes at most three digits). */
    public UpsWire.Dimensions dimensions(Dimensions dimensions) {
        Dimensions converted = dimensions.to(dimensionUnit);
        return new UpsWire.Dimensions(new UpsWire.CodeDescription(dimensionCode, dimensionName), round(converted.length()),
                round(converted.width()), round(converted.height()));
    }

    private static String round(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE).toPlainString();
    }
}

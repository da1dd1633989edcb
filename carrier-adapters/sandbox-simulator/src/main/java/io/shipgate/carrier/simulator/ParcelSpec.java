package io.shipgate.carrier.simulator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

/**
 * One parcel as the simulated carrier reads it: grams (what it prices) and, optionally, centimetres
 * and the weight as the merchant gave it ({@code "weight":{"value":"2.5","unit":"LB"}}), which is
 * what its label prints.
 *
 * @param merchantWeight the weight as the merchant gave it, e.g. {@code 2.5 LB}, or null to print the grams in KG
 */
record ParcelSpec(int weightGrams, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm, String merchantWeight) {

    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);
    private static final BigDecimal VOLUMETRIC_DIVISOR = BigDecimal.valueOf(5000);
    private static final BigDecimal HALF_KG = new BigDecimal("0.5");
    private static final Set<String> WEIGHT_UNITS = Set.of("G", "KG", "OZ", "LB");

    ParcelSpec(int weightGrams, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
        this(weightGrams, lengthCm, widthCm, heightCm, null);
    }

    static ParcelSpec read(JsonFields parcel) {
        int grams = parcel.positiveInt("weight_grams");
        String printed = merchantWeight(parcel.optionalObject("weight"));
        boolean sized = parcel.has("length_cm") || parcel.has("width_cm") || parcel.has("height_cm");
        if (!sized) {
            return new ParcelSpec(grams, null, null, null, printed);
        }
        return new ParcelSpec(grams, parcel.positiveDecimal("length_cm"), parcel.positiveDecimal("width_cm"),
                parcel.positiveDecimal("height_cm"), printed);
    }

    /** {@code 2.5 LB} for {@code {"value":"2.50","unit":"LB"}}: the merchant's number, without trailing zeros. */
    private static String merchantWeight(JsonFields weight) {
        if (weight == null) {
            return null;
        }
        BigDecimal value = weight.positiveDecimal("value");
        String unit = weight.choice("unit", WEIGHT_UNITS);
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }

    BigDecimal actualKg() {
        return BigDecimal.valueOf(weightGrams).divide(GRAMS_PER_KG, MathContext.DECIMAL64);
    }

    /** The larger of the actual and the volumetric weight (L x W x H cm / 5000), rounded up to 0.5 kg. */
    BigDecimal billableKg() {
        BigDecimal kg = actualKg();
        if (lengthCm != null) {
            kg = kg.max(lengthCm.multiply(widthCm).multiply(heightCm).divide(VOLUMETRIC_DIVISOR, MathContext.DECIMAL64));
        }
        return kg.divide(HALF_KG, 0, RoundingMode.CEILING).max(BigDecimal.ONE).multiply(HALF_KG);
    }

    /** The weight as printed on the label: the merchant's, e.g. {@code 2.5 LB}, else the grams as {@code 1.81 KG}. */
    String printedWeight() {
        return merchantWeight != null ? merchantWeight : actualKg().setScale(2, RoundingMode.HALF_UP) + " KG";
    }
}

package io.shipgate.carrier.simulator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** One parcel as the simulated carrier reads it: grams and, optionally, centimetres. */
record ParcelSpec(int weightGrams, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);
    private static final BigDecimal VOLUMETRIC_DIVISOR = BigDecimal.valueOf(5000);
    private static final BigDecimal HALF_KG = new BigDecimal("0.5");

    static ParcelSpec read(JsonFields parcel) {
        int grams = parcel.positiveInt("weight_grams");
        boolean sized = parcel.has("length_cm") || parcel.has("width_cm") || parcel.has("height_cm");
        if (!sized) {
            return new ParcelSpec(grams, null, null, null);
        }
        return new ParcelSpec(grams, parcel.positiveDecimal("length_cm"), parcel.positiveDecimal("width_cm"),
                parcel.positiveDecimal("height_cm"));
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

    /** The weight as printed on the label, e.g. {@code 1.81 KG}. */
    String printedWeight() {
        return actualKg().setScale(2, RoundingMode.HALF_UP) + " KG";
    }
}

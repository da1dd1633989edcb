package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The largest piece a carrier takes on its parcel services, as it publishes them: the gateway excludes a carrier for
 * a parcel above them before any call (serviceability, recommendation). A null field is not limited; a carrier that
 * publishes no limits declares {@link #NONE} and the check says it was skipped.
 *
 * @param maxWeight            the heaviest piece (actual weight)
 * @param maxLengthCm          the longest side
 * @param maxLengthPlusGirthCm the longest side plus twice the sum of the two others
 */
public record ParcelLimits(Weight maxWeight, BigDecimal maxLengthCm, BigDecimal maxLengthPlusGirthCm) {

    public static final ParcelLimits NONE = new ParcelLimits(null, null, null);

    /** What a parcel exceeds: WEIGHT or SIZE, with the words for the merchant. */
    public record Exceeded(boolean weight, String detail) {
    }

    public boolean declared() {
        return maxWeight != null || maxLengthCm != null || maxLengthPlusGirthCm != null;
    }

    /** The first limit the piece exceeds (weight first), or empty; a missing weight or size is not checked. */
    public Optional<Exceeded> check(Weight weight, Dimensions dimensions) {
        if (maxWeight != null && weight != null
                && weight.in(WeightUnit.G, 3).compareTo(maxWeight.in(WeightUnit.G, 3)) > 0) {
            return Optional.of(new Exceeded(true, "the parcel weighs " + weight.value().stripTrailingZeros().toPlainString() + " "
                    + weight.unit() + ", above the carrier's " + maxWeight.value().toPlainString() + " " + maxWeight.unit() + " per piece"));
        }
        if (dimensions == null) {
            return Optional.empty();
        }
        Dimensions cm = dimensions.to(DimensionUnit.CM);
        BigDecimal[] sides = {cm.length(), cm.width(), cm.height()};
        Arrays.sort(sides);
        BigDecimal length = sides[2];
        if (maxLengthCm != null && length.compareTo(maxLengthCm) > 0) {
            return Optional.of(new Exceeded(false, "the parcel's longest side is " + length.toPlainString()
                    + " cm, above the carrier's " + maxLengthCm.toPlainString() + " cm"));
        }
        BigDecimal lengthPlusGirth = length.add(sides[0].add(sides[1]).multiply(BigDecimal.TWO));
        if (maxLengthPlusGirthCm != null && lengthPlusGirth.compareTo(maxLengthPlusGirthCm) > 0) {
            return Optional.of(new Exceeded(false, "the parcel's length plus girth is " + lengthPlusGirth.toPlainString()
                    + " cm, above the carrier's " + maxLengthPlusGirthCm.toPlainString() + " cm"));
        }
        return Optional.empty();
    }
}

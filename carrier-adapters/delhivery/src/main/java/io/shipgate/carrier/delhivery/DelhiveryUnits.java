package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Delhivery's units at the edge: weights in whole grams, lengths in centimetres, money in Indian
 * rupees only, dates and times in India's zone, yes/no flags as Delhivery writes them. A weight or length in any other unit is converted here; money in another currency
 * is refused, since Delhivery neither prices nor collects anything but INR.
 */
public final class DelhiveryUnits {

    public static final String INR = "INR";
    /** Delhivery's (and India's) time zone: its dates and scan times are IST. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * Cubic centimetres per kilogram of volumetric weight: Delhivery bills the greater of the dead
     * weight and L x W x H / 5000.
     */
    static final BigDecimal VOLUMETRIC_CM3_PER_KG = new BigDecimal("5000");
    private static final BigDecimal GRAMS_PER_KG = new BigDecimal("1000");

    private DelhiveryUnits() {
    }

    /** A weight in whole grams (half a gram rounds up), at least one. */
    public static long grams(Weight weight) {
        return Math.max(1, weight.in(WeightUnit.G, 0).longValueExact());
    }

    /** Outer dimensions in centimetres, two decimals at most, written plainly ({@code 100}, not {@code 1E+2}); null stays null. */
    public static Dimensions centimetres(Dimensions dimensions) {
        if (dimensions == null) {
            return null;
        }
        Dimensions cm = dimensions.to(DimensionUnit.CM);
        return new Dimensions(plain(cm.length()), plain(cm.width()), plain(cm.height()), DimensionUnit.CM);
    }

    /** The weight Delhivery charges a parcel by: its dead weight or its volumetric weight, whichever is more, in grams. */
    public static long chargeableGrams(Parcel parcel) {
        long dead = grams(parcel.weight());
        if (parcel.dimensions() == null) {
            return dead;
        }
        long volumetric = parcel.dimensions().cubicCentimetres().multiply(GRAMS_PER_KG)
                .divide(VOLUMETRIC_CM3_PER_KG, 0, RoundingMode.CEILING).longValueExact();
        return Math.max(dead, volumetric);
    }

    /**
     * An amount in rupees, as Delhivery writes it ({@code 1499} or {@code 1499.5}).
     *
     * @param field the universal field of the amount, named in the error when it is not in INR
     */
    public static BigDecimal rupees(Money money, String field) {
        if (!INR.equals(money.currency())) {
            throw DelhiveryErrors.invalid("UNSUPPORTED_CURRENCY", "Delhivery works in INR only; " + field + " is in "
                    + money.currency(), field + ".currency");
        }
        return plain(money.amount().setScale(2, RoundingMode.HALF_UP));
    }

    /** A decimal without trailing zeros and never in exponent form: {@code 1500.00} is {@code 1500}, {@code 12.50} is {@code 12.5}. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Rupees Delhivery quoted, as universal money. */
    public static Money inr(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), INR);
    }

    /** A decimal Delhivery sends as a number or a numeric string; zero when absent or not numeric. */
    public static BigDecimal decimal(JsonNode value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                return BigDecimal.ZERO;
            }
        }
        return BigDecimal.ZERO;
    }

    /** Delhivery's yes flags: {@code true}, {@code "true"}, {@code "True"}, {@code "Success"}, {@code "Y"}. */
    public static boolean yes(String flag) {
        String text = flag == null ? "" : flag.strip();
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("Y") || text.equalsIgnoreCase("success");
    }

    /** Today in India, which is what Delhivery means by a pickup or delivery date. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), IST);
    }

    /** {@code hh:mm:ss}, as the pickup request API takes a time. */
    public static String time(LocalTime time) {
        return time.format(HH_MM_SS);
    }
}

package io.shipgate.gateway.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The bounds of a well-formed request, checked before any carrier is called (docs/api.md, "Limits",
 * lists them for merchants). They are generous for parcel shipping and small enough that every
 * value fits the database columns and every carrier's fields: a request beyond them is a mistake.
 * Decimals count after trailing zeros are dropped ({@code 2.50} has one).
 */
public final class Limits {

    /** Parcels per shipment or rate request. */
    public static final int MAX_PARCELS = 50;
    /** Lines of a customs declaration. */
    public static final int MAX_CUSTOMS_ITEMS = 100;
    /** Tax ids of a customs declaration. */
    public static final int MAX_TAX_IDS = 10;
    /** Weight of one parcel or one customs unit, in grams (1,000 kg), whatever the unit. */
    public static final BigDecimal MAX_WEIGHT_GRAMS = new BigDecimal("1000000");
    public static final int WEIGHT_DECIMALS = 3;
    /** Each side of a parcel, in millimetres (400 cm), whatever the unit. */
    public static final BigDecimal MAX_SIDE_MILLIMETRES = new BigDecimal("4000");
    public static final int DIMENSION_DECIMALS = 2;
    /** Any amount of money (declared value, COD, customs unit value): at most 10^9 in its currency, with at most its minor-unit decimals. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    /** Units of one customs line. */
    public static final int MAX_QUANTITY = 100_000;
    /** Dates (ship date, invoice date) lie in these years. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private Limits() {
    }

    /** The number of decimals {@code value} really has: {@code 2.50} has 1, {@code 1E+3} has 0. */
    static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}

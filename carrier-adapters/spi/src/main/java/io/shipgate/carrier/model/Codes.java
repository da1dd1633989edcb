package io.shipgate.carrier.model;

import java.util.Currency;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/** The code lists the model uses: ISO 3166-1 alpha-2 countries and ISO 4217 currencies, as the JDK knows them. */
public final class Codes {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Codes() {
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 country code, upper case ({@code US}, {@code DE}). */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** Whether {@code code} is an ISO 4217 currency of money (not a metal, fund or test code), upper case. */
    public static boolean isCurrency(String code) {
        return decimalsOf(code).isPresent();
    }

    /** The currency's minor-unit decimals (2 for USD, 0 for JPY, 3 for KWD); empty when {@link #isCurrency} is false. */
    public static OptionalInt decimalsOf(String code) {
        if (code == null || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return OptionalInt.empty();
        }
        try {
            int decimals = Currency.getInstance(code).getDefaultFractionDigits();
            return decimals < 0 ? OptionalInt.empty() : OptionalInt.of(decimals);
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
    }
}

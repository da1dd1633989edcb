package io.shipgate.carrier.simulator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * The simulated carrier's fixed exchange rates. A currency it does not know is taken 1:1 with
 * USD, so any ISO code can be tried.
 */
final class Currencies {

    private static final Map<String, BigDecimal> PER_USD = Map.ofEntries(
            Map.entry("USD", new BigDecimal("1")), Map.entry("EUR", new BigDecimal("0.92")),
            Map.entry("GBP", new BigDecimal("0.79")), Map.entry("INR", new BigDecimal("83")),
            Map.entry("CAD", new BigDecimal("1.36")), Map.entry("AUD", new BigDecimal("1.52")),
            Map.entry("JPY", new BigDecimal("150")), Map.entry("CNY", new BigDecimal("7.2")),
            Map.entry("SGD", new BigDecimal("1.35")), Map.entry("AED", new BigDecimal("3.67")),
            Map.entry("MXN", new BigDecimal("17")), Map.entry("BRL", new BigDecimal("5")));

    private Currencies() {
    }

    /** {@code amount} in {@code from} converted to {@code to}, not rounded. */
    static BigDecimal convert(BigDecimal amount, String from, String to) {
        if (from.equals(to)) {
            return amount;
        }
        return amount.multiply(perUsd(to)).divide(perUsd(from), MathContext.DECIMAL64);
    }

    /** Rounded half up to the currency's minor unit (cents, or whole yen). */
    static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(fractionDigits(currency), RoundingMode.HALF_UP);
    }

    private static BigDecimal perUsd(String currency) {
        return PER_USD.getOrDefault(currency, BigDecimal.ONE);
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}

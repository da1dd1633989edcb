package io.shipgate.carrier.simulator;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** An amount of money in a request: {@code {"amount":"12.34","currency":"USD"}}. */
record Amount(BigDecimal value, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Reads an optional amount object; null when absent. */
    static Amount read(JsonFields parent, String name) {
        JsonFields amount = parent.optionalObject(name);
        if (amount == null) {
            return null;
        }
        BigDecimal value = amount.positiveDecimal("amount");
        String currency = amount.text("currency", 3);
        if (!CURRENCY.matcher(currency).matches()) {
            throw amount.invalid("currency", "must be an ISO 4217 code such as USD");
        }
        return new Amount(value, currency);
    }

    /** As printed on a label: {@code USD 14.99}. */
    String printed() {
        return currency + " " + Currencies.round(value, currency).toPlainString();
    }
}

package io.shipgate.carrier.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money in an ISO 4217 currency. Never a float. */
public record Money(BigDecimal amount, String currency) {

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount rounded to cents, as carriers and invoices state it. */
    public Money rounded() {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
    }
}

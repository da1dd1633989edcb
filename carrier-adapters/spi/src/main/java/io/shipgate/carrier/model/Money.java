package io.shipgate.carrier.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money in an ISO 4217 currency, within {@link Limits#MAX_AMOUNT} and the currency's decimals. Never a float. */
@WithinLimits
public record Money(@NotNull @PositiveOrZero BigDecimal amount,
                    @NotNull @CurrencyCode String currency) {

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

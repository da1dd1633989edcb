package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.model.Money;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * MyDHL's prices, which come in several currencies at once: {@code BILLC} the account's billing
 * currency, {@code PULCL} the pickup country's, {@code BASEC} DHL's base currency. Rates and the
 * label's estimated charge read them alike.
 */
public final class DhlPrices {

    /** Prices in the account's billing currency ({@code currencyType}), preferred over the pickup country's and DHL's base. */
    public static final String BILLING_CURRENCY = "BILLC";

    private DhlPrices() {
    }

    /** A total in one currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Price(String currencyType, String priceCurrency, BigDecimal price) {
    }

    /** The price in the billing currency, else the first one given; none without a usable price. */
    public static Optional<Money> billed(List<Price> prices) {
        return preferred(prices, null);
    }

    /**
     * The price in {@code currency} when DHL gives one, else in the billing currency, else the first
     * one given; none without a usable price.
     */
    public static Optional<Money> preferred(List<Price> prices, String currency) {
        if (prices == null) {
            return Optional.empty();
        }
        return prices.stream()
                .filter(p -> p != null && p.price() != null && p.priceCurrency() != null && !p.priceCurrency().isBlank())
                .sorted(Comparator.comparing((Price p) -> !p.priceCurrency().strip().equalsIgnoreCase(currency == null ? "" : currency))
                        .thenComparing(p -> !BILLING_CURRENCY.equals(p.currencyType())))
                .findFirst()
                .map(p -> new Money(p.price(), p.priceCurrency().strip().toUpperCase(java.util.Locale.ROOT)));
    }
}

package io.shipgate.routes.rating;

import java.util.Comparator;
import java.util.List;

/**
 * Quotes from every carrier that answered, cheapest first, the carriers that did not, and what the
 * carriers said beside their quotes (warnings, services they refused).
 */
public record RateShoppingResult(List<AccountRateQuote> quotes, List<CarrierFailure> failures, List<CarrierWarning> warnings) {

    static final Comparator<AccountRateQuote> BY_PRICE = Comparator
            .comparing((AccountRateQuote q) -> q.quote().total().amount())
            .thenComparing(q -> q.quote().transitDays() == null ? Integer.MAX_VALUE : q.quote().transitDays())
            .thenComparing(q -> q.quote().carrier())
            .thenComparing(q -> q.quote().service());

    public RateShoppingResult {
        quotes = quotes.stream().sorted(BY_PRICE).toList();
        failures = List.copyOf(failures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}

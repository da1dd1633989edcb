package io.shipgate.carrier.fedex.rate;

import io.shipgate.carrier.fedex.FedExValues;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which of FedEx's ratings of a service is quoted. FedEx rates each service several times
 * ({@code ratedShipmentDetails}): the account's negotiated rate ({@code ACCOUNT}), the list rate,
 * and the same in the account's preferred currency ({@code PREFERRED_CURRENCY},
 * {@code PREFERRED_INCENTIVE}...), each in its own currency, and the account rate of one service may
 * come in another currency than the others'. Every service is quoted in one currency: the preferred
 * currency when the account sets one, else the account's own (the currency most of FedEx's ACCOUNT
 * ratings are in); within it the negotiated rating comes before the list one. A service FedEx rates
 * only in another currency is quoted in that currency, and the answer says so.
 */
final class FedExRateCurrency {

    /** Rating types, negotiated first: the first FedEx gives in the quote's currency is quoted. */
    private static final List<String> TYPES = List.of("ACCOUNT", "PREFERRED_ACCOUNT_SHIPMENT", "PAYOR_ACCOUNT_SHIPMENT",
            "PREFERRED_CURRENCY", "PREFERRED_INCENTIVE", "INCENTIVE", "LIST", "PREFERRED_LIST_SHIPMENT", "PAYOR_LIST_SHIPMENT");

    private FedExRateCurrency() {
    }

    /** The rating's currency: its own, else its rate detail's. */
    static String of(FedExRateWire.Rated rated) {
        String currency = FedExValues.text(rated.currency());
        return currency != null || rated.shipmentRateDetail() == null ? currency : FedExValues.text(rated.shipmentRateDetail().currency());
    }

    /** The currency of the quotes: the preferred one, else the one most ACCOUNT ratings of the answer are in (the first on a tie). */
    static String target(List<FedExRateWire.ReplyDetail> details, String preferred) {
        if (preferred != null) {
            return preferred;
        }
        Map<String, Long> counts = details.stream().flatMap(d -> FedExValues.list(d.ratedShipmentDetails()).stream())
                .filter(r -> "ACCOUNT".equals(r.rateType())).map(FedExRateCurrency::of).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The rating quoted: the best-ranked in {@code currency}, else the best-ranked in any currency; null when none has an amount. */
    static FedExRateWire.Rated choose(List<FedExRateWire.Rated> ratings, String currency) {
        List<FedExRateWire.Rated> usable = ratings.stream().filter(r -> r.totalNetCharge() != null && of(r) != null).toList();
        Comparator<FedExRateWire.Rated> rank = Comparator.comparingInt(FedExRateCurrency::rank);
        return usable.stream().filter(r -> of(r).equals(currency)).min(rank).or(() -> usable.stream().min(rank)).orElse(null);
    }

    private static int rank(FedExRateWire.Rated rated) {
        int index = rated.rateType() == null ? -1 : TYPES.indexOf(rated.rateType());
        return index < 0 ? TYPES.size() : index;
    }
}

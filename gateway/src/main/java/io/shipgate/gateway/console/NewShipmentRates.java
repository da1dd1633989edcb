package io.shipgate.gateway.console;

import io.shipgate.gateway.rating.RateQuoteView;
import io.shipgate.gateway.rating.RatesView;
import io.shipgate.gateway.recommendation.OptionEddView;
import io.shipgate.gateway.recommendation.RecommendedOptionView;
import io.shipgate.gateway.recommendation.ScoreTermView;
import io.shipgate.gateway.recommendation.ShipmentRecommendations;
import io.shipgate.gateway.shipment.MoneyView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The rates page's model: the carriers' quotes side by side, each with the recommendation's rank where it ranked it,
 * the recommended one (rank 1) marked with its reasons (the score's terms), and what was left out and why.
 *
 * @param recommended the recommendation's choice among the rows, or null
 * @param ruleVersion the version of the tenant's rules that ranked them, or null when the recommendation could not be
 *                    made (its message in {@code recommendationError})
 */
record NewShipmentRates(List<Row> rows, Row recommended, Integer ruleVersion, List<Line> excluded, List<Line> failures,
                        List<Line> warnings, String recommendationError) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One rate: {@code choice} is what its Buy button posts ({@code <account id>/<service>}). */
    record Row(String choice, String carrier, String account, String service, String serviceName, String price, String edd,
               String source, Integer rank, String score, String placement, List<Reason> reasons) {

        public boolean recommended() {
            return rank != null && rank == 1;
        }
    }

    /** One term of the recommendation's score. */
    record Reason(String term, String detail, String weight, String contribution) {
    }

    /** An option left out, a carrier that gave no quote, or a warning: who and why. */
    record Line(String who, String why) {
    }

    static NewShipmentRates of(RatesView rates, ShipmentRecommendations.Result recommendation, String recommendationError,
                               Map<UUID, String> accountNames) {
        List<RecommendedOptionView> ranked = recommendation == null ? List.of() : recommendation.order().options();
        List<Row> rows = new ArrayList<>();
        for (RateQuoteView q : rates.quotes()) {
            RecommendedOptionView option = ranked.stream()
                    .filter(o -> o.carrierAccountId().equals(q.carrierAccountId()) && o.service().equals(q.service())).findFirst().orElse(null);
            String edd = window(q.estimatedDelivery(), q.latestDelivery());
            if (edd == null && q.transitDays() != null) {
                edd = q.transitDays() + " business day" + (q.transitDays() == 1 ? "" : "s");
            }
            if (edd == null && option != null) {
                edd = edd(option.edd());
            }
            rows.add(row(q.carrierAccountId(), q.carrier(), accountNames, q.service(), q.serviceName(), money(q.total()),
                    edd == null ? "—" : edd + (q.guaranteed() ? " (guaranteed)" : ""), q.source().name(), option));
        }
        // a ranked option no carrier quoted live (its price is its rate card's): still shown, still buyable
        for (RecommendedOptionView o : ranked) {
            if (rows.stream().noneMatch(r -> r.choice().equals(o.carrierAccountId() + "/" + o.service()))) {
                String edd = edd(o.edd());
                rows.add(row(o.carrierAccountId(), o.carrier(), accountNames, o.service(), o.serviceName(), money(o.quote().total()),
                        edd == null ? "—" : edd, o.quote().source(), o));
            }
        }
        Row recommended = rows.stream().filter(Row::recommended).findFirst().orElse(null);
        List<Line> excluded = recommendation == null ? List.of() : recommendation.order().excluded().stream()
                .map(e -> new Line(who(e.carrier(), e.accountName(), e.service()), e.detail())).toList();
        List<Line> failures = rates.failures().stream()
                .map(f -> new Line(who(f.carrier(), accountNames.get(f.carrierAccountId()), null), f.message())).toList();
        List<Line> warnings = rates.warnings().stream()
                .map(w -> new Line(who(w.carrier(), accountNames.get(w.carrierAccountId()), w.service()), w.message())).toList();
        return new NewShipmentRates(rows, recommended, recommendation == null ? null : recommendation.ruleVersion(), excluded, failures,
                warnings, recommendationError);
    }

    private static Row row(UUID account, String carrier, Map<UUID, String> accountNames, String service, String serviceName, String price,
                           String edd, String source, RecommendedOptionView option) {
        List<Reason> reasons = option == null ? List.of() : option.breakdown().stream().map(NewShipmentRates::reason).toList();
        return new Row(account + "/" + service, carrier, accountNames.getOrDefault(account, carrier), service,
                serviceName == null ? service : serviceName, price, edd, source.equals("RATE_CARD") ? "rate card" : "carrier",
                option == null ? null : option.rank(), option == null ? null : "%.2f".formatted(option.score()),
                option == null ? null : placement(option), reasons);
    }

    private static String placement(RecommendedOptionView option) {
        return switch (option.placement()) {
            case SCORE -> "the best score under your rules";
            case PREFERENCE -> "a preference pinned first in your rules";
            case SPLIT -> "your load distribution (this carrier's turn)";
        };
    }

    private static Reason reason(ScoreTermView t) {
        String term = t.term().name().charAt(0) + t.term().name().substring(1).toLowerCase(Locale.ROOT);
        return new Reason(term, t.detail(), "%.0f%%".formatted(t.weight() * 100), "%.2f".formatted(t.contribution()));
    }

    private static String edd(OptionEddView edd) {
        if (edd == null) {
            return null;
        }
        return edd.earliest() != null ? window(edd.earliest(), edd.latest()) : window(edd.p50Date(), edd.p90Date());
    }

    private static String window(LocalDate first, LocalDate last) {
        if (first == null) {
            return null;
        }
        return last == null || last.equals(first) ? DAY.format(first) : DAY.format(first) + " – " + DAY.format(last);
    }

    private static String money(MoneyView m) {
        return m.currency() + " " + m.amount().toPlainString();
    }

    private static String who(String carrier, String account, String service) {
        String who = account == null || account.equals(carrier) ? carrier : account + " (" + carrier + ")";
        return service == null ? who : who + " · " + service;
    }
}

package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.edd.DeliveryEstimates;
import io.shipgate.gateway.edd.EddQuery;
import io.shipgate.gateway.lanes.Lane;
import io.shipgate.gateway.lanes.LanePerformance;
import io.shipgate.gateway.ratecard.RateCardQuotes;
import io.shipgate.gateway.serviceability.AvailableCarrierView;
import io.shipgate.gateway.serviceability.ExcludedCarrierView;
import io.shipgate.gateway.serviceability.PaymentMode;
import io.shipgate.gateway.serviceability.ServiceabilityAnswer;
import io.shipgate.gateway.serviceability.ServiceabilityCheckRequest;
import io.shipgate.gateway.serviceability.ServiceabilityService;
import io.shipgate.gateway.serviceability.ServiceabilityLocation;
import io.shipgate.gateway.serviceability.ServiceabilityParcel;
import io.shipgate.gateway.shipment.DimensionsView;
import io.shipgate.gateway.shipment.WeightView;
import io.shipgate.gateway.shipment.MoneyView;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.routes.rating.AccountRateQuote;
import io.shipgate.routes.rating.CarrierWarning;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Ranks the carrier services that can take each order, from memory only: the tenant's rules in force, its enabled
 * accounts, the serviceability check, the rate cards' quotes, the EDD and the lanes' reliability. For each account, in
 * this order: the serviceability check's exclusion, the rules' hard filters, the daily cap, then per service of its rate
 * cards: no price (NO_RATE), another service level, above max_cost; what is left is scored ({@link Scoring}) and, first
 * place, given to an always-first preference or to the split's turn.
 */
@Service
class RecommendationEngine {

    /** The confidence of the EDD's earliest and latest dates. */
    static final double EDD_CONFIDENCE = 0.9;

    private final ActiveRules rules;
    private final TenantAccounts accounts;
    private final ServiceabilityService serviceability;
    private final RateCardQuotes rateCards;
    private final DeliveryEstimates estimates;
    private final LanePerformance lanes;
    private final DailyShipments daily;
    private final Clock clock;
    private final Map<UUID, LoadSplit> splits = new ConcurrentHashMap<>();

    RecommendationEngine(ActiveRules rules, TenantAccounts accounts, ServiceabilityService serviceability, RateCardQuotes rateCards,
                         DeliveryEstimates estimates, LanePerformance lanes, DailyShipments daily,
                         Clock clock) {
        this.rules = rules;
        this.accounts = accounts;
        this.serviceability = serviceability;
        this.rateCards = rateCards;
        this.estimates = estimates;
        this.lanes = lanes;
        this.daily = daily;
        this.clock = clock;
    }

    /** An option in its place. */
    record Ranked(int rank, Scoring.Scored scored, Placement placement) {
    }

    record Outcome(Order order, List<Ranked> ranked, List<Exclusion> excluded) {
    }

    record Recommendations(RuleSet rules, List<Outcome> outcomes) {
    }

    Recommendations recommend(UUID tenantId, List<Order> orders) {
        RuleSet set = rules.current(tenantId);
        // a test key uses sandbox accounts only, as in rate shopping and the serviceability check
        List<CarrierAccountView> enabled = accounts.enabled(tenantId).stream()
                .filter(a -> !CurrentApiKey.testMode() || "sandbox".equals(a.carrier())).toList();
        Map<String, Integer> caps = set.rules().distribution().dailyCaps().stream()
                .collect(Collectors.toMap(DailyCap::carrier, DailyCap::maxShipments));
        Map<String, Integer> bought = caps.isEmpty() ? Map.of() : daily.of(tenantId, DailyShipments.day(set.rules(), clock.instant()));
        List<Outcome> outcomes = new ArrayList<>(orders.size());
        for (Order order : orders) {
            outcomes.add(recommend(tenantId, set, enabled, caps, bought, order));
        }
        return new Recommendations(set, outcomes);
    }

    private Outcome recommend(UUID tenantId, RuleSet set, List<CarrierAccountView> enabled, Map<String, Integer> caps,
                              Map<String, Integer> bought, Order order) {
        RecommendationRules r = set.rules();
        List<CarrierAccountView> asked = order.carrierAccountIds().isEmpty() ? enabled
                : enabled.stream().filter(a -> order.carrierAccountIds().contains(a.id())).toList();
        Map<UUID, CarrierAccountView> byId = new HashMap<>();
        asked.forEach(a -> byId.put(a.id(), a));
        List<Exclusion> excluded = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        ServiceabilityAnswer answer = serviceability.check(tenantId, serviceabilityRequest(order), asked);
        for (ExcludedCarrierView e : answer.excluded()) {
            excluded.add(new Exclusion(e.carrierAccountId(), e.carrier(), e.accountName(), null, CandidateExclusion.valueOf(e.reason().name()),
                    null, e.detail()));
        }
        RateRequest rateRequest = null;
        for (AvailableCarrierView available : answer.available()) {
            CarrierAccountView account = byId.get(available.carrierAccountId());
            RuleFilters.Match rule = RuleFilters.exclusion(r, order, account.id(), account.carrier());
            if (rule != null) {
                excluded.add(exclusion(account, null, CandidateExclusion.RULE_EXCLUDED, rule.rule(), rule.detail()));
                continue;
            }
            Integer cap = caps.get(account.carrier());
            int count = bought.getOrDefault(account.carrier(), 0);
            if (cap != null && count >= cap) {
                excluded.add(exclusion(account, null, CandidateExclusion.OVER_DAILY_CAP, null, account.carrier() + " has " + count
                        + " shipments today, its daily cap is " + cap));
                continue;
            }
            rateRequest = rateRequest != null ? rateRequest : rateRequest(order);
            RateCardQuotes.CardQuotes quotes = rateCards.quote(tenantId, account, rateRequest);
            for (CarrierWarning w : quotes.warnings()) {
                excluded.add(exclusion(account, w.service(), CandidateExclusion.NO_RATE, null, w.code() + ": " + w.message()));
            }
            for (AccountRateQuote quote : quotes.quotes()) {
                String service = quote.quote().service();
                ServiceLevel level = RuleFilters.level(quote.quote().serviceLevel(), service);
                if (order.serviceLevel() != null && level != null && level != order.serviceLevel()) {
                    excluded.add(exclusion(account, service, CandidateExclusion.SERVICE_LEVEL_MISMATCH, null, service + " is " + level
                            + ", not " + order.serviceLevel()));
                } else if (RuleFilters.overMaxCost(r, quote.quote().total())) {
                    excluded.add(exclusion(account, service, CandidateExclusion.RULE_EXCLUDED, "max_cost", "excluded by rule max_cost: "
                            + quote.quote().total().currency() + " " + quote.quote().total().amount().toPlainString() + " is above "
                            + r.maxCost().amount().toPlainString()));
                } else {
                    candidates.add(candidate(tenantId, order, account, quote));
                }
            }
        }
        return new Outcome(order, place(tenantId, set, Scoring.rank(candidates, r)), excluded);
    }

    private Candidate candidate(UUID tenantId, Order order, CarrierAccountView account, AccountRateQuote quote) {
        String service = quote.quote().service();
        return new Candidate(account.id(), account.carrier(), account.name(), service, quote.quote().serviceName(), quote.quote().total(),
                quote.rateCardVersion(),
                estimates.estimate(tenantId, new EddQuery(account.carrier(), service, order.originCountry(), order.originPostalCode(),
                        order.destinationCountry(), order.destinationPostalCode(), order.readyAt(), null, EDD_CONFIDENCE)),
                lanes.reliability(tenantId, Lane.of(account.carrier(), service, order.originCountry(), order.originPostalCode(),
                        order.destinationCountry(), order.destinationPostalCode())));
    }

    /** The scored options in their places: an always-first preference's best option first, else the split's turn, else by score. */
    private List<Ranked> place(UUID tenantId, RuleSet set, List<Scoring.Scored> scored) {
        if (scored.isEmpty()) {
            return List.of();
        }
        int first = -1;
        Placement placement = Placement.SCORE;
        for (PreferenceRule pin : set.rules().preferences()) {
            if (!pin.first()) {
                continue;
            }
            for (int i = 0; i < scored.size() && first < 0; i++) {
                Candidate c = scored.get(i).candidate();
                if (RuleFilters.targets(pin.carrier(), pin.carrierAccountId(), c.carrierAccountId(), c.carrier())
                        && (pin.service() == null || pin.service().equals(c.service()))) {
                    first = i;
                    placement = Placement.PREFERENCE;
                }
            }
            if (first >= 0) {
                break;
            }
        }
        List<SplitShare> shares = set.rules().distribution().split();
        if (first < 0 && !shares.isEmpty()) {
            LoadSplit split = splits.compute(tenantId, (id, held) -> held != null && held.ruleVersion() == set.version() ? held
                    : new LoadSplit(set.version(), shares));
            int share = split.next(s -> scored.stream().anyMatch(x -> LoadSplit.covers(s, x.candidate().carrierAccountId(),
                    x.candidate().carrier())));
            if (share >= 0) {
                SplitShare turn = split.share(share);
                for (int i = 0; i < scored.size() && first < 0; i++) {
                    if (LoadSplit.covers(turn, scored.get(i).candidate().carrierAccountId(), scored.get(i).candidate().carrier())) {
                        first = i;
                        placement = Placement.SPLIT;
                    }
                }
            }
        }
        List<Scoring.Scored> order = new ArrayList<>(scored);
        if (first > 0) {
            order.addFirst(order.remove(first));
        }
        List<Ranked> ranked = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            ranked.add(new Ranked(i + 1, order.get(i), i == 0 ? placement : Placement.SCORE));
        }
        return ranked;
    }

    private static Exclusion exclusion(CarrierAccountView account, String service, CandidateExclusion reason, String rule, String detail) {
        return new Exclusion(account.id(), account.carrier(), account.name(), service, reason, rule, detail);
    }

    private static ServiceabilityCheckRequest serviceabilityRequest(Order order) {
        return new ServiceabilityCheckRequest(new ServiceabilityLocation(order.originCountry(), order.originPostalCode()),
                new ServiceabilityLocation(order.destinationCountry(), order.destinationPostalCode()),
                order.cod() == null ? PaymentMode.PREPAID : PaymentMode.COD,
                order.cod() == null ? null : new MoneyView(order.cod().amount(), order.cod().currency()), parcel(order), null);
    }

    /** The piece the carriers' parcel limits are checked against: the heaviest parcel. */
    private static ServiceabilityParcel parcel(Order order) {
        Parcel heaviest = order.parcels().stream()
                .max(Comparator.comparing((Parcel p) -> p.weight().in(WeightUnit.G, 3))).orElseThrow();
        Dimensions d = heaviest.dimensions();
        return new ServiceabilityParcel(new WeightView(heaviest.weight().value(), heaviest.weight().unit()),
                d == null ? null : new DimensionsView(d.length(), d.width(), d.height(), d.unit()));
    }

    private static RateRequest rateRequest(Order order) {
        return new RateRequest(Address.location(order.originPostalCode(), order.originCountry()),
                Address.location(order.destinationPostalCode(), order.destinationCountry()), order.parcels(), new ShipmentOptions(order.cod(), order.declaredValue(), null, null, null,
                order.readyAt().toLocalDate()), null);
    }
}

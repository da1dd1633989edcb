package io.shipgate.gateway.recommendation;

import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.lanes.LaneReliability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The score of an order's candidates, a pure function of them and the rules: the weighted mean of four terms, each
 * normalized to [0, 1] (docs/decide.md, "Recommendation"):
 * <ul>
 *   <li>cost: the cheapest quote of the order (in its currency) over this one, so the cheapest is 1 and one twice as dear 0.5;</li>
 *   <li>speed: 0.75 x (1 + fastest p50) / (1 + p50) + 0.25 x the same of p90, in business days (the fastest is 1);</li>
 *   <li>reliability: 0.35 delivery success + 0.25 (1 - RTO rate) + 0.15 (1 - NDR rate) + 0.10 first-attempt success
 *       + 0.15 on-time rate, the lane's learned rates (absolute, not relative to the other candidates);</li>
 *   <li>preference: the bonus of the first pinned preference matching the option, else 0.</li>
 * </ul>
 * score = sum of weight x normalized / sum of weights; ties go to the cheaper, then the faster, then by account and service.
 */
final class Scoring {

    static final double P50_SHARE = 0.75;

    private Scoring() {
    }

    /** A term of a candidate's score. {@code weight} is the term's share of the weights, so contribution = weight x normalized. */
    record Term(ScoreTerm term, double raw, double normalized, double weight, double contribution, String detail) {
    }

    record Scored(Candidate candidate, double score, List<Term> terms) {
    }

    static List<Scored> rank(List<Candidate> candidates, RecommendationRules rules) {
        ScoreWeights w = rules.weights();
        double cost = w.cost().doubleValue(), speed = w.speed().doubleValue(), reliability = w.reliability().doubleValue(),
                preference = w.preference().doubleValue();
        double sum = cost + speed + reliability + preference;
        Map<String, BigDecimal> cheapest = new HashMap<>();
        int fastestP50 = Integer.MAX_VALUE, fastestP90 = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            cheapest.merge(c.total().currency(), c.total().amount(), BigDecimal::min);
            if (c.edd() != null) {
                fastestP50 = Math.min(fastestP50, c.edd().p50());
                fastestP90 = Math.min(fastestP90, c.edd().p90());
            }
        }
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double costN = costNormalized(c, cheapest.get(c.total().currency()));
            double speedN = c.edd() == null ? 0 : P50_SHARE * (1.0 + fastestP50) / (1.0 + c.edd().p50())
                    + (1 - P50_SHARE) * (1.0 + fastestP90) / (1.0 + c.edd().p90());
            double reliabilityN = c.reliability() == null ? 0 : reliability(c.reliability());
            PreferenceRule pin = RuleFilters.preference(rules, c);
            double preferenceN = pin == null ? 0 : pin.bonusOrDefault().doubleValue();
            List<Term> terms = List.of(
                    term(ScoreTerm.COST, c.total().amount().doubleValue(), costN, cost / sum,
                            c.total().currency() + " " + c.total().amount().toPlainString()),
                    term(ScoreTerm.SPEED, c.edd() == null ? 0 : c.edd().p50(), speedN, speed / sum, speedDetail(c.edd())),
                    term(ScoreTerm.RELIABILITY, reliabilityN, reliabilityN, reliability / sum, reliabilityDetail(c.reliability())),
                    term(ScoreTerm.PREFERENCE, preferenceN, preferenceN, preference / sum, pin == null ? "no pinned preference"
                            : "pinned " + (pin.carrier() != null ? pin.carrier() : pin.carrierAccountId())
                            + (pin.service() == null ? "" : " " + pin.service())));
            double score = terms.stream().mapToDouble(Term::contribution).sum();
            scored.add(new Scored(c, score, terms));
        }
        scored.sort(ORDER);
        return scored;
    }

    static final Comparator<Scored> ORDER = Comparator.comparingDouble((Scored s) -> -round(s.score()))
            .thenComparing(s -> s.candidate().total().amount())
            .thenComparingInt(s -> s.candidate().edd() == null ? Integer.MAX_VALUE : s.candidate().edd().p50())
            .thenComparing(s -> s.candidate().carrierAccountId())
            .thenComparing(s -> s.candidate().service());

    /** The reliability term of a lane's rates. */
    static double reliability(LaneReliability r) {
        return clamp(0.35 * r.deliverySuccess() + 0.25 * (1 - r.rtoRate()) + 0.15 * (1 - r.ndrRate()) + 0.10 * r.firstAttemptSuccess()
                + 0.15 * r.onTimeRate());
    }

    private static double costNormalized(Candidate c, BigDecimal cheapest) {
        BigDecimal amount = c.total().amount();
        return amount.signum() == 0 ? 1 : cheapest.doubleValue() / amount.doubleValue();
    }

    private static Term term(ScoreTerm term, double raw, double normalized, double weight, String detail) {
        double n = clamp(normalized);
        return new Term(term, raw, round(n), round(weight), round(weight * n), detail);
    }

    private static String speedDetail(DeliveryEstimate edd) {
        return edd == null ? "no EDD" : "p50 " + edd.p50() + ", p90 " + edd.p90() + " business days (" + edd.source() + ")";
    }

    private static String reliabilityDetail(LaneReliability r) {
        if (r == null) {
            return "no lane performance";
        }
        StringBuilder out = new StringBuilder(120).append("delivered ");
        fixed(out, r.deliverySuccess(), 3).append(", RTO ");
        fixed(out, r.rtoRate(), 3).append(", NDR ");
        fixed(out, r.ndrRate(), 3).append(", first attempt ");
        fixed(out, r.firstAttemptSuccess(), 3).append(", on time ");
        fixed(out, r.onTimeRate(), 3).append(" over ");
        fixed(out, r.shipments(), 1).append(" shipments (lane share ");
        return fixed(out, r.laneShare(), 2).append(')').toString();
    }

    /** As {@code %.nf} writes it (half up), without a Formatter: this runs for every candidate of every recommendation. */
    static StringBuilder fixed(StringBuilder out, double value, int decimals) {
        if (!Double.isFinite(value)) {
            return out.append(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
        double magnitude = Math.abs(value);
        long scale = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        if (decimals < 1 || decimals > 3 || magnitude >= 1e12) {
            return out.append(java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        long units = Math.round(magnitude * scale);
        if (value < 0 && units > 0) {
            out.append('-');
        }
        out.append(units / scale).append('.');
        String fraction = Long.toString(units % scale);
        for (int pad = decimals - fraction.length(); pad > 0; pad--) {
            out.append('0');
        }
        return out.append(fraction);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    /** Scores and terms to 6 decimals: what the answer shows is what was compared. */
    static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}

package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Money;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.EddSource;
import io.shipgate.gateway.lanes.LaneReliability;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The score's terms and their normalization, on records: the order follows the weights. */
class ScoringTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final LaneReliability GOOD = new LaneReliability(200, 0.97, 0.02, 0.05, 0.92, 0.9, 1);
    private static final LaneReliability POOR = new LaneReliability(200, 0.80, 0.15, 0.25, 0.70, 0.6, 1);

    // cheap but slow and unreliable; fast and reliable but dear
    private final Candidate cheap = candidate("cheap", "50.00", 5, 8, POOR);
    private final Candidate fast = candidate("fast", "100.00", 1, 2, GOOD);

    @Test
    void theOrderFollowsTheWeights() {
        assertThat(names(Scoring.rank(List.of(fast, cheap), rules(1, 0, 0, 0)))).containsExactly("cheap", "fast");
        assertThat(names(Scoring.rank(List.of(cheap, fast), rules(0, 1, 0, 0)))).containsExactly("fast", "cheap");
        assertThat(names(Scoring.rank(List.of(cheap, fast), rules(0, 0, 1, 0)))).containsExactly("fast", "cheap");
        // cost 1 vs 0.5 weighs more than speed 0.25 vs 1 only while the cost weight is well above speed's
        assertThat(names(Scoring.rank(List.of(fast, cheap), rules(3, 1, 0, 0)))).containsExactly("cheap", "fast");
        assertThat(names(Scoring.rank(List.of(cheap, fast), rules(1, 1, 0, 0)))).containsExactly("fast", "cheap");
    }

    @Test
    void eachTermIsNormalizedAndTheScoreIsTheSumOfTheContributions() {
        List<Scoring.Scored> ranked = Scoring.rank(List.of(cheap, fast), rules(2, 1, 1, 0));
        Scoring.Scored f = ranked.stream().filter(s -> s.candidate().service().equals("fast")).findFirst().orElseThrow();
        Scoring.Scored c = ranked.stream().filter(s -> s.candidate().service().equals("cheap")).findFirst().orElseThrow();
        // cost: the cheapest over this one
        assertThat(term(c, ScoreTerm.COST).normalized()).isEqualTo(1.0);
        assertThat(term(f, ScoreTerm.COST).normalized()).isEqualTo(0.5);
        assertThat(term(f, ScoreTerm.COST).raw()).isEqualTo(100.0);
        assertThat(term(f, ScoreTerm.COST).weight()).isEqualTo(0.5);
        // speed: 0.75 (1 + 1) / (1 + 5) + 0.25 (1 + 2) / (1 + 8) for the slow one, 1 for the fastest
        assertThat(term(c, ScoreTerm.SPEED).normalized()).isCloseTo(0.75 * 2 / 6 + 0.25 * 3 / 9, within(1e-6));
        assertThat(term(f, ScoreTerm.SPEED).normalized()).isEqualTo(1.0);
        assertThat(term(c, ScoreTerm.SPEED).raw()).isEqualTo(5.0);
        // reliability: absolute, from the lane's rates
        assertThat(term(f, ScoreTerm.RELIABILITY).normalized())
                .isCloseTo(0.35 * 0.97 + 0.25 * 0.98 + 0.15 * 0.95 + 0.10 * 0.92 + 0.15 * 0.9, within(1e-6));
        for (Scoring.Scored s : ranked) {
            assertThat(s.score()).isCloseTo(s.terms().stream().mapToDouble(Scoring.Term::contribution).sum(), within(1e-9));
            s.terms().forEach(t -> assertThat(t.contribution()).isCloseTo(t.weight() * t.normalized(), within(1e-6)));
        }
    }

    @Test
    void aPinnedPreferenceGivesItsBonusAndQuotesInAnotherCurrencyAreNormalizedApart() {
        Candidate yen = new Candidate(UUID.randomUUID(), "sandbox", "jp", "yen", null, new Money(new BigDecimal("900"), "JPY"), 1, null, null);
        RecommendationRules pinned = new RecommendationRules(weights(1, 0, 0, 1), null, null,
                List.of(new PreferenceRule(null, fast.carrierAccountId(), null, new BigDecimal("0.8"), null)), null);
        List<Scoring.Scored> ranked = Scoring.rank(List.of(cheap, fast, yen), pinned);
        assertThat(term(ranked.stream().filter(s -> s.candidate() == fast).findFirst().orElseThrow(), ScoreTerm.PREFERENCE).normalized())
                .isEqualTo(0.8);
        assertThat(term(ranked.stream().filter(s -> s.candidate() == yen).findFirst().orElseThrow(), ScoreTerm.COST).normalized())
                .as("the cheapest of its currency").isEqualTo(1.0);
        assertThat(term(ranked.stream().filter(s -> s.candidate() == yen).findFirst().orElseThrow(), ScoreTerm.SPEED).normalized())
                .as("no EDD: no speed").isZero();
    }

    private static Candidate candidate(String service, String amount, int p50, int p90, LaneReliability reliability) {
        DeliveryEstimate edd = new DeliveryEstimate("sandbox", service, DAY, p50, p50, p90, p90, p90, DAY.plusDays(p50), DAY.plusDays(p50),
                DAY.plusDays(p90), DAY.plusDays(p90), DAY.plusDays(p90), DAY.plusDays(p50), DAY.plusDays(p90), EddSource.LANE_HISTORY, 100);
        return new Candidate(UUID.randomUUID(), "sandbox", service, service, null, new Money(new BigDecimal(amount), "INR"), 1, edd, reliability);
    }

    static RecommendationRules rules(double cost, double speed, double reliability, double preference) {
        return new RecommendationRules(weights(cost, speed, reliability, preference), null, null, null, null);
    }

    static ScoreWeights weights(double cost, double speed, double reliability, double preference) {
        return new ScoreWeights(BigDecimal.valueOf(cost), BigDecimal.valueOf(speed), BigDecimal.valueOf(reliability),
                BigDecimal.valueOf(preference));
    }

    private static Scoring.Term term(Scoring.Scored scored, ScoreTerm term) {
        return scored.terms().stream().filter(t -> t.term() == term).findFirst().orElseThrow();
    }

    private static List<String> names(List<Scoring.Scored> ranked) {
        return ranked.stream().map(s -> s.candidate().service()).toList();
    }

    /** The breakdown's figures read as String.format writes them, without its cost. */
    @Test
    void figuresAreWrittenAsFormatWouldWriteThem() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * 10_000;
                case 2 -> Math.round(random.nextDouble() * 2000) / 2000.0;
                default -> -random.nextDouble() * 5;
            };
            for (int decimals = 1; decimals <= 3; decimals++) {
                String expected = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
                String actual = Scoring.fixed(new StringBuilder(), value, decimals).toString();
                if (!expected.equals(actual)) {
                    // a tie in decimal is not one in binary: format rounds the exact value, so a last digit may differ by one
                    org.assertj.core.api.Assertions.assertThat(Math.abs(Double.parseDouble(actual) - Double.parseDouble(expected)))
                            .as("%s to %d decimals", value, decimals).isLessThanOrEqualTo(Math.pow(10, -decimals) * 1.0001);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(Scoring.fixed(new StringBuilder(), 0.0005, 3).toString()).isEqualTo("0.001");
        org.assertj.core.api.Assertions.assertThat(Scoring.fixed(new StringBuilder(), -0.0001, 3).toString()).isEqualTo("0.000");
        org.assertj.core.api.Assertions.assertThat(Scoring.fixed(new StringBuilder(), 12.5, 1).toString()).isEqualTo("12.5");
        org.assertj.core.api.Assertions.assertThat(Scoring.fixed(new StringBuilder(), Double.NaN, 2).toString()).isEqualTo("NaN");
    }
}

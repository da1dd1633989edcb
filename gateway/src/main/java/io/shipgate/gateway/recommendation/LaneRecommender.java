package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.gateway.shipment.DecisionExclusionView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The recommendation's top carrier service for one lane among some of the tenant's accounts, for other modules (the returns
 * module's {@code carrier: "auto"}, restricted to the accounts that pick returns up at the customer's postal code): the
 * same engine, rules, rate cards and EDD as {@code POST /v1/recommendations}, prepaid, no service level.
 */
@Component
public class LaneRecommender {

    private final RecommendationEngine engine;
    private final Clock clock;

    LaneRecommender(RecommendationEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** The chosen account and service. */
    public record Choice(UUID carrierAccountId, String carrier, String service) {
    }

    /** The top option (null when none is eligible), the rule version it followed, and every option left out with its reason. */
    public record Recommendation(Choice top, int ruleVersion, List<DecisionExclusionView> excluded) {
    }

    /**
     * The recommendation for the parcels from origin to destination, among {@code carrierAccountIds} only (at least one).
     */
    public Recommendation recommend(UUID tenantId, String reference, Address origin, Address destination, List<Parcel> parcels,
                                    List<UUID> carrierAccountIds) {
        if (carrierAccountIds.isEmpty()) {
            throw new IllegalArgumentException("at least one carrier account to recommend among");
        }
        Order order = new Order(reference, origin.country(), orEmpty(origin.postalCode()), destination.country(),
                orEmpty(destination.postalCode()), parcels, null, null, null, carrierAccountIds, clock.instant().atZone(ZoneOffset.UTC));
        RecommendationEngine.Recommendations recommendations = engine.recommend(tenantId, List.of(order));
        RecommendationEngine.Outcome outcome = recommendations.outcomes().getFirst();
        List<DecisionExclusionView> excluded = outcome.excluded().stream().map(e -> new DecisionExclusionView(e.carrierAccountId(),
                e.carrier(), e.service(), e.reason().name(), e.rule(), e.detail())).toList();
        Choice top = outcome.ranked().isEmpty() ? null : choice(outcome.ranked().getFirst().scored().candidate());
        return new Recommendation(top, recommendations.rules().version(), excluded);
    }

    private static Choice choice(Candidate candidate) {
        return new Choice(candidate.carrierAccountId(), candidate.carrier(), candidate.service());
    }

    private static String orEmpty(String postalCode) {
        return postalCode == null ? "" : postalCode;
    }
}

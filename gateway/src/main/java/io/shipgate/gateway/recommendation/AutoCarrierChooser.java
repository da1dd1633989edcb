package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Money;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.shipment.CarrierChooser;
import io.shipgate.gateway.shipment.CreateShipmentRequest;
import io.shipgate.gateway.shipment.DecisionExclusionView;
import io.shipgate.gateway.shipment.DecisionOptionView;
import io.shipgate.gateway.shipment.ShipmentDecisionView;
import io.shipgate.gateway.shipment.ShipmentMapper;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** {@code carrier: "auto"} on {@code POST /v1/shipments}: the recommendation's first option, and the decision to record. */
@Component
class AutoCarrierChooser implements CarrierChooser {

    private final RecommendationEngine engine;
    private final Clock clock;

    AutoCarrierChooser(RecommendationEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public CarrierChoice choose(UUID tenantId, CreateShipmentRequest request) {
        Money cod = request.options() == null || request.options().cod() == null ? null
                : new Money(request.options().cod().amount(), request.options().cod().currency());
        Money declared = request.options() == null || request.options().declaredValue() == null ? null
                : new Money(request.options().declaredValue().amount(), request.options().declaredValue().currency());
        LocalDate shipDate = request.options() == null ? null : request.options().shipDate();
        Order order = new Order(request.reference(), request.shipper().country(), orEmpty(request.shipper().postalCode()),
                request.recipient().country(), orEmpty(request.recipient().postalCode()), ShipmentMapper.toParcels(request.parcels()), cod,
                declared, request.serviceLevel(), List.of(),
                shipDate == null ? clock.instant().atZone(ZoneOffset.UTC) : shipDate.atStartOfDay(ZoneOffset.UTC));
        RecommendationEngine.Recommendations recommendations = engine.recommend(tenantId, List.of(order));
        RecommendationEngine.Outcome outcome = recommendations.outcomes().getFirst();
        ShipmentDecisionView decision = decision(recommendations.rules(), outcome);
        if (outcome.ranked().isEmpty()) {
            throw new ApiException(Problems.NO_CARRIER_ACCOUNT, HttpStatus.UNPROCESSABLE_ENTITY, "carrier auto: no carrier service of the "
                    + "tenant can take this shipment (" + outcome.excluded().size() + " left out; see excluded)")
                    .with("rule_version", recommendations.rules().version()).with("excluded", decision.excluded());
        }
        Candidate top = outcome.ranked().getFirst().scored().candidate();
        return new CarrierChoice(top.carrierAccountId(), top.service(), decision);
    }

    private ShipmentDecisionView decision(RuleSet rules, RecommendationEngine.Outcome outcome) {
        return new ShipmentDecisionView(rules.version(), clock.instant(), outcome.ranked().stream().map(r -> {
            Candidate c = r.scored().candidate();
            double[] terms = new double[ScoreTerm.values().length];
            r.scored().terms().forEach(t -> terms[t.term().ordinal()] = t.contribution());
            return new DecisionOptionView(r.rank(), r.placement().name(), c.carrierAccountId(), c.carrier(), c.service(), r.scored().score(),
                    terms[ScoreTerm.COST.ordinal()], terms[ScoreTerm.SPEED.ordinal()], terms[ScoreTerm.RELIABILITY.ordinal()],
                    terms[ScoreTerm.PREFERENCE.ordinal()], ShipmentMapper.view(c.total()), c.rateCardVersion(),
                    c.edd() == null ? null : c.edd().p50(), c.edd() == null ? null : c.edd().p90());
        }).toList(), outcome.excluded().stream().map(e -> new DecisionExclusionView(e.carrierAccountId(), e.carrier(), e.service(),
                e.reason().name(), e.rule(), e.detail())).toList());
    }

    private static String orEmpty(String postalCode) {
        return postalCode == null ? "" : postalCode;
    }
}

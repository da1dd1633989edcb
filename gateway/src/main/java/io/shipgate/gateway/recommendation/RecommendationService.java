package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Money;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.serviceability.PaymentMode;
import io.shipgate.gateway.shipment.MoneyView;
import io.shipgate.gateway.shipment.ShipmentMapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code POST /v1/recommendations}: the request's orders checked and put in the engine's terms, its outcomes as views. */
@Service
class RecommendationService {

    private final RecommendationEngine engine;
    private final RecommendationProperties properties;
    private final Clock clock;

    RecommendationService(RecommendationEngine engine, RecommendationProperties properties, Clock clock) {
        this.engine = engine;
        this.properties = properties;
        this.clock = clock;
    }

    RecommendationsView recommend(UUID tenantId, RecommendationRequest request) {
        List<Order> orders = new ArrayList<>();
        if (request.orders() != null) {
            if (request.origin() != null || request.destination() != null || request.parcels() != null || request.codAmount() != null
                    || request.paymentMode() != null || request.reference() != null || request.carrierAccountIds() != null) {
                throw ApiException.invalid("orders", "a batch holds its orders in orders only: send one order's fields at the top, or orders");
            }
            if (request.orders().size() > properties.maxBatch()) {
                throw ApiException.invalid("orders", "at most " + properties.maxBatch() + " orders in one request");
            }
            for (int i = 0; i < request.orders().size(); i++) {
                orders.add(order(request.orders().get(i), "orders[" + i + "]."));
            }
        } else {
            List<FieldError> missing = new ArrayList<>();
            if (request.origin() == null) {
                missing.add(new FieldError("origin", "is required (or send orders)"));
            }
            if (request.destination() == null) {
                missing.add(new FieldError("destination", "is required (or send orders)"));
            }
            if (request.parcels() == null || request.parcels().isEmpty()) {
                missing.add(new FieldError("parcels", "must hold 1 to 50 parcels (or send orders)"));
            }
            if (!missing.isEmpty()) {
                throw ApiException.invalid(missing);
            }
            orders.add(order(request.single(), ""));
        }
        RecommendationEngine.Recommendations recommendations = engine.recommend(tenantId, orders);
        return new RecommendationsView(recommendations.rules().version(), recommendations.outcomes().stream().map(RecommendationService::view).toList());
    }

    private Order order(RecommendationOrder o, String at) {
        Money cod = null;
        if (o.paymentMode() == PaymentMode.COD) {
            if (o.codAmount() == null) {
                throw ApiException.invalid(at + "cod_amount", "is required with payment_mode COD");
            }
            cod = money(o.codAmount());
        } else if (o.codAmount() != null) {
            throw ApiException.invalid(at + "cod_amount", "is only for payment_mode COD");
        }
        return new Order(o.reference(), o.origin().country(), o.origin().postalCode(), o.destination().country(), o.destination().postalCode(),
                ShipmentMapper.toParcels(o.parcels()), cod, o.declaredValue() == null ? null : money(o.declaredValue()), o.serviceLevel(),
                o.carrierAccountIds(), o.readyAt() == null ? clock.instant().atZone(ZoneOffset.UTC) : o.readyAt().toZonedDateTime());
    }

    private static Money money(MoneyView m) {
        return new Money(m.amount(), m.currency());
    }

    static OrderRecommendationView view(RecommendationEngine.Outcome outcome) {
        return new OrderRecommendationView(outcome.order().reference(), outcome.ranked().stream().map(RecommendationService::view).toList(),
                outcome.excluded().stream().map(e -> new ExcludedOptionView(e.carrierAccountId(), e.carrier(), e.accountName(), e.service(),
                        e.reason(), e.rule(), e.detail())).toList());
    }

    private static RecommendedOptionView view(RecommendationEngine.Ranked ranked) {
        Candidate c = ranked.scored().candidate();
        return new RecommendedOptionView(ranked.rank(), ranked.placement(), c.carrierAccountId(), c.carrier(), c.accountName(), c.service(),
                c.serviceName(), ranked.scored().score(),
                ranked.scored().terms().stream().map(t -> new ScoreTermView(t.term(), t.raw(), t.normalized(), t.weight(), t.contribution(),
                        t.detail())).toList(),
                new OptionQuoteView(ShipmentMapper.view(c.total()), c.rateCardVersion() == null ? "CARRIER" : "RATE_CARD", c.rateCardVersion()),
                OptionEddView.of(c.edd()), OptionReliabilityView.of(c.reliability()));
    }
}

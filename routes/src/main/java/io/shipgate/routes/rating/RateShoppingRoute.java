package io.shipgate.routes.rating;

import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.carrier.CarrierEligibility;
import io.shipgate.routes.carrier.CarrierThreads;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierAccountDirectory;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Rate shopping: asks every eligible carrier account of the tenant in parallel, each within its
 * own time budget, and answers with all quotes (cheapest first) and, separately, each carrier
 * that failed and why. A slow or failing carrier never holds back the others' quotes.
 *
 * <pre>
 * direct:rateShopping
 *   -> connect the tenant's accounts
 *   -> split per account, in parallel (virtual threads), overall timeout
 *        -> eligibility check -> circuit breaker + time limit -> adapter.rates
 *   -> aggregate quotes and failures (carriers that missed the overall timeout count as TIMEOUT)
 * </pre>
 */
@Component
public class RateShoppingRoute extends RouteBuilder {

    private static final String CALLS = "shipgate.rateCalls";

    private final CarrierAccountDirectory accounts;
    private final CarrierInvoker invoker;
    private final ExecutorService executor;
    private final Duration carrierTimeout;

    public RateShoppingRoute(CarrierAccountDirectory accounts, CarrierInvoker invoker,
                             @Qualifier(CarrierThreads.EXECUTOR) ExecutorService executor,
                             @Value("${shipgate.rating.carrier-timeout:5s}") Duration carrierTimeout) {
        this.accounts = accounts;
        this.invoker = invoker;
        this.executor = executor;
        this.carrierTimeout = carrierTimeout;
    }

    /** One branch of the fan-out. */
    record RateCall(CarrierConnection carrier, RateRequest request) {
    }

    @Override
    public void configure() {
        from(Endpoints.RATE_SHOPPING).routeId("rateShopping")
                .routeConfigurationId(RouteConfigurations.REQUEST_REPLY)
                .process(this::connectCarriers)
                .split(body(), new RateShoppingAggregation())
                    .parallelProcessing().executorService(executor)
                    // each branch keeps its own budget; this only bounds the whole in case one misbehaves
                    .timeout(carrierTimeout.plusSeconds(1).toMillis())
                    .process(this::quote)
                .end()
                .process(this::complete);
    }

    private void connectCarriers(Exchange exchange) {
        RateShoppingCommand command = exchange.getIn().getBody(RateShoppingCommand.class);
        List<RateCall> calls = accounts.connectForRating(command.tenantId(), command.carrierAccountIds()).stream()
                .filter(c -> c.adapter().descriptor().capabilities().supports(Capability.RATES))
                .map(c -> new RateCall(c, command.request()))
                .toList();
        exchange.setProperty(CALLS, calls);
        exchange.getIn().setBody(calls);
    }

    private void quote(Exchange exchange) {
        RateCall call = exchange.getIn().getBody(RateCall.class);
        CarrierConnection carrier = call.carrier();
        RateShoppingAggregation.CarrierAnswer answer;
        try {
            CarrierEligibility.check(carrier, call.request()).ifPresent(e -> {
                throw e;
            });
            Duration budget = carrier.operationTimeout().compareTo(carrierTimeout) < 0 ? carrier.operationTimeout() : carrierTimeout;
            RateResponse response = invoker.invoke(carrier, Capability.RATES, budget, ctx -> carrier.adapter().rates(ctx, call.request()));
            answer = new RateShoppingAggregation.Quoted(carrier.accountId(),
                    response.quotes().stream().map(q -> new AccountRateQuote(carrier.accountId(), q)).toList(),
                    response.messages().stream().map(m -> CarrierWarning.of(carrier.accountId(), carrier.carrier(), m)).toList());
        } catch (RuntimeException e) {
            if (!(e instanceof CarrierException)) {
                log.warn("rates from {} account {} failed unexpectedly", carrier.carrier(), carrier.accountId(), e);
            }
            answer = new RateShoppingAggregation.Failed(carrier.accountId(), CarrierFailure.of(carrier.accountId(), carrier.carrier(), e));
        }
        exchange.getIn().setBody(answer);
    }

    @SuppressWarnings("unchecked")
    private void complete(Exchange exchange) {
        List<RateCall> calls = exchange.getProperty(CALLS, List.class);
        RateShoppingAggregation.Collected collected = exchange.getIn().getBody() instanceof RateShoppingAggregation.Collected c
                ? c : new RateShoppingAggregation.Collected();
        List<CarrierFailure> failures = new ArrayList<>(collected.failures());
        calls.stream().filter(call -> !collected.answered().contains(call.carrier().accountId()))
                .map(call -> new CarrierFailure(call.carrier().accountId(), call.carrier().carrier(), CarrierErrorCategory.TIMEOUT,
                        null, call.carrier().carrier() + " did not answer within " + carrierTimeout.toMillis() + " ms", true))
                .forEach(failures::add);
        exchange.getIn().setBody(new RateShoppingResult(collected.quotes(), failures, collected.warnings()));
    }
}

package io.shipgate.routes.rating;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.shipgate.carrier.model.AddressValidation;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.address.AddressRoute;
import io.shipgate.routes.address.ValidateAddressCommand;
import io.shipgate.routes.carrier.CarrierInvoker;
import io.shipgate.routes.port.CarrierSelection;
import io.shipgate.routes.testing.SandboxAccounts;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The carrier-facing request-reply routes with the sandbox adapter, calling the sandbox simulator over
 * HTTP on a loopback port, each call through the per-account circuit breaker and time limit.
 */
class CarrierRoutesTests {

    private static final Duration CARRIER_TIMEOUT = Duration.ofMillis(2500);

    private final ExecutorService carrierThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final SandboxAccounts accounts = new SandboxAccounts(Duration.ofSeconds(5));
    private final CamelContext camel = new DefaultCamelContext();
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        CarrierInvoker invoker = new CarrierInvoker(CircuitBreakerRegistry.ofDefaults(), carrierThreads);
        camel.addRoutes(new RouteConfigurations());
        camel.addRoutes(new RateShoppingRoute(accounts, invoker, carrierThreads, CARRIER_TIMEOUT));
        camel.addRoutes(new AddressRoute(accounts, invoker));
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        accounts.close();
        carrierThreads.shutdownNow();
    }

    @Test
    void rateShoppingAnswersEveryQuoteCheapestFirstAndEachCarrierThatFailedOrRanOutOfTimeApart() {
        UUID fast = accounts.add("fast", Map.of());
        UUID down = accounts.add("down", Map.of("failure_rate", "1"));
        UUID slow = accounts.add("slow", Map.of("latency_ms", "5000"));

        RateShoppingResult result = template.requestBody(Endpoints.RATE_SHOPPING,
                new RateShoppingCommand(accounts.tenantId(), List.of(), SampleRequests.rates()), RateShoppingResult.class);

        assertThat(result.quotes()).isNotEmpty().allSatisfy(quote -> assertThat(quote.carrierAccountId()).isEqualTo(fast));
        List<BigDecimal> prices = result.quotes().stream().map(q -> q.quote().total().amount()).toList();
        assertThat(prices).isSorted();
        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures()).filteredOn(f -> f.carrierAccountId().equals(down)).singleElement()
                .satisfies(f -> assertThat(f.category()).isEqualTo(CarrierErrorCategory.UNAVAILABLE));
        assertThat(result.failures()).filteredOn(f -> f.carrierAccountId().equals(slow)).singleElement()
                .satisfies(f -> assertThat(f.category()).isEqualTo(CarrierErrorCategory.TIMEOUT));
    }

    @Test
    void rateShoppingAsksOnlyTheAccountsListed() {
        accounts.add("first", Map.of("failure_rate", "1"));
        UUID second = accounts.add("second", Map.of());

        RateShoppingResult result = template.requestBody(Endpoints.RATE_SHOPPING,
                new RateShoppingCommand(accounts.tenantId(), List.of(second), SampleRequests.rates()), RateShoppingResult.class);

        assertThat(result.failures()).isEmpty();
        assertThat(result.quotes()).isNotEmpty().allSatisfy(quote -> assertThat(quote.carrierAccountId()).isEqualTo(second));
    }

    @Test
    void anAddressIsValidatedByTheCarrierAndARefusalReachesTheCallerAsTheCarriersOwnError() {
        UUID valid = accounts.add("validator", Map.of());
        UUID refused = accounts.add("invalid-key", Map.of());

        AddressValidation validation = template.requestBody(Endpoints.VALIDATE_ADDRESS, new ValidateAddressCommand(accounts.tenantId(),
                new CarrierSelection(valid, null), SampleRequests.US_RECIPIENT), AddressValidation.class);
        assertThat(validation.verdict()).isEqualTo(AddressValidation.Verdict.VALID);

        assertThatThrownBy(() -> template.requestBody(Endpoints.VALIDATE_ADDRESS, new ValidateAddressCommand(accounts.tenantId(),
                new CarrierSelection(refused, null), SampleRequests.US_RECIPIENT)))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(CarrierException.class,
                        e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION));
    }
}

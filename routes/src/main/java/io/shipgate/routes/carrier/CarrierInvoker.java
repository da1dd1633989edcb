package io.shipgate.routes.carrier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.UnsupportedCapabilityException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Calls a carrier adapter the one way routes do: capability checked first, then a Resilience4j
 * circuit breaker per carrier account around a time limit. Only the carrier's own trouble
 * (unavailable, timeout, throttling) counts against the breaker; a rejected request does not.
 * An open breaker answers at once with UNAVAILABLE, naming the carrier.
 */
@Component
public class CarrierInvoker {

    private static final Set<CarrierErrorCategory> CARRIER_TROUBLE =
            EnumSet.of(CarrierErrorCategory.UNAVAILABLE, CarrierErrorCategory.TIMEOUT, CarrierErrorCategory.RATE_LIMITED);

    private final CircuitBreakerRegistry breakers;
    private final ExecutorService executor;

    public CarrierInvoker(CircuitBreakerRegistry breakers, @Qualifier(CarrierThreads.EXECUTOR) ExecutorService executor) {
        this.breakers = breakers;
        this.executor = executor;
    }

    public <T> T invoke(CarrierConnection carrier, Capability capability, Function<CarrierContext, T> operation) {
        return invoke(carrier, capability, carrier.operationTimeout(), operation);
    }

    public <T> T invoke(CarrierConnection carrier, Capability capability, Duration timeout, Function<CarrierContext, T> operation) {
        if (!carrier.adapter().descriptor().capabilities().supports(capability)) {
            throw new UnsupportedCapabilityException(carrier.carrier(), capability);
        }
        CircuitBreaker breaker = breakerFor(carrier);
        TimeLimiter limiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build());
        try {
            return breaker.executeCallable(() -> {
                try {
                    return limiter.executeFutureSupplier(() -> executor.submit(() -> operation.apply(carrier.context())));
                } catch (TimeoutException e) {
                    throw new CarrierException(CarrierErrorCategory.TIMEOUT, carrier.carrier(), null,
                            carrier.carrier() + " did not complete " + capability + " within " + timeout.toMillis() + " ms",
                            false, null, null, null);
                } catch (ExecutionException e) {
                    throw unwrap(e.getCause());
                }
            });
        } catch (CallNotPermittedException e) {
            long waitMillis = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
            throw new CarrierException(CarrierErrorCategory.UNAVAILABLE, carrier.carrier(), "CIRCUIT_OPEN",
                    carrier.carrier() + " is failing; calls to this carrier account are paused (circuit open)", true,
                    Duration.ofMillis(waitMillis), null, null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The breaker of a carrier account, created on first use from the registry's default configuration. */
    public CircuitBreaker breakerFor(CarrierConnection carrier) {
        return breakers.circuitBreaker(carrier.breakerName(), () -> CircuitBreakerConfig.from(breakers.getDefaultConfig())
                .recordException(CarrierInvoker::isCarrierTrouble)
                .build());
    }

    /**
     * Whether calls to the carrier account are paused: its breaker is open (or forced open). An
     * account never called since start has no breaker yet, and is not.
     */
    public boolean circuitOpen(String carrier, UUID accountId) {
        return breakers.find(CarrierConnection.breakerName(carrier, accountId))
                .map(b -> b.getState() == CircuitBreaker.State.OPEN || b.getState() == CircuitBreaker.State.FORCED_OPEN)
                .orElse(false);
    }

    static boolean isCarrierTrouble(Throwable t) {
        return t instanceof CarrierException ce && CARRIER_TROUBLE.contains(ce.category());
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}

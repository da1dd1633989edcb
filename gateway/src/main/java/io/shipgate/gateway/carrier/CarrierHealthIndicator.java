package io.shipgate.gateway.carrier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /actuator/health} component {@code carriers}: the circuit state of every carrier account
 * called since start ({@code <carrier>:<account id>}). An open circuit is reported, not treated as
 * the gateway being down: the other carriers still work.
 */
@Component("carriers")
class CarrierHealthIndicator implements HealthIndicator {

    private final CircuitBreakerRegistry breakers;

    CarrierHealthIndicator(CircuitBreakerRegistry breakers) {
        this.breakers = breakers;
    }

    @Override
    public Health health() {
        Map<String, Object> circuits = new TreeMap<>();
        long open = 0;
        for (CircuitBreaker breaker : breakers.getAllCircuitBreakers()) {
            CircuitBreaker.Metrics m = breaker.getMetrics();
            circuits.put(breaker.getName(), Map.of(
                    "state", breaker.getState().name(),
                    "failure_rate", m.getFailureRate(),
                    "buffered_calls", m.getNumberOfBufferedCalls()));
            if (breaker.getState() == CircuitBreaker.State.OPEN || breaker.getState() == CircuitBreaker.State.FORCED_OPEN) {
                open++;
            }
        }
        return Health.up().withDetail("open_circuits", open).withDetail("circuits", circuits).build();
    }
}

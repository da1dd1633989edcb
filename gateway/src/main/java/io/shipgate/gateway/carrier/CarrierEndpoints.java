package io.shipgate.gateway.carrier;

import io.shipgate.carrier.spi.CarrierDescriptor;
import io.shipgate.carrier.spi.CarrierEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Where each carrier's calls go: {@code shipgate.carriers.<code>.base-url} when configured; for
 * the sandbox carrier, the simulator this gateway runs ({@link EmbeddedSandboxSimulator}) when it
 * runs one; otherwise the carrier's production URL from its adapter.
 */
@Component
class CarrierEndpoints {

    private final CarrierProperties properties;
    private final URI sandboxSimulator;

    CarrierEndpoints(CarrierProperties properties, ObjectProvider<EmbeddedSandboxSimulator> sandboxSimulator) {
        this.properties = properties;
        EmbeddedSandboxSimulator simulator = sandboxSimulator.getIfAvailable();
        this.sandboxSimulator = simulator == null ? null : simulator.baseUrl();
    }

    public CarrierEndpoint resolve(CarrierDescriptor carrier) {
        CarrierProperties.Carrier config = properties.of(carrier.code());
        URI base = config.baseUrl();
        if (base == null && "sandbox".equals(carrier.code())) {
            base = sandboxSimulator;
        }
        return new CarrierEndpoint(base == null ? carrier.defaultBaseUrl() : base, config.timeout());
    }

    public java.time.Duration operationTimeout(String carrier) {
        return properties.of(carrier).operationTimeout();
    }
}

package io.shipgate.gateway.carrier;

import io.shipgate.carrier.spi.CarrierDescriptor;
import io.shipgate.carrier.spi.CarrierEndpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Where each carrier's calls go: {@code shipgate.carriers.<code>.base-url} when configured; for
 * the sandbox carrier, the simulator this gateway serves under {@value #SANDBOX_PATH}; otherwise
 * the carrier's production URL from its adapter.
 */
@Component
public class CarrierEndpoints {

    public static final String SANDBOX_PATH = "/sandbox-carrier";

    private final CarrierProperties properties;
    private final boolean simulatorEnabled;
    private volatile int localPort = -1;

    CarrierEndpoints(CarrierProperties properties,
                     @Value("${shipgate.sandbox-carrier.simulator-enabled:true}") boolean simulatorEnabled) {
        this.properties = properties;
        this.simulatorEnabled = simulatorEnabled;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    public CarrierEndpoint resolve(CarrierDescriptor carrier) {
        CarrierProperties.Carrier config = properties.of(carrier.code());
        URI base = config.baseUrl();
        if (base == null && "sandbox".equals(carrier.code()) && simulatorEnabled && localPort > 0) {
            base = URI.create("http://127.0.0.1:" + localPort + SANDBOX_PATH);
        }
        return new CarrierEndpoint(base == null ? carrier.defaultBaseUrl() : base, config.timeout());
    }

    public java.time.Duration operationTimeout(String carrier) {
        return properties.of(carrier).operationTimeout();
    }
}

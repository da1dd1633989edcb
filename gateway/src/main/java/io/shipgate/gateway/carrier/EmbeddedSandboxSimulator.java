package io.shipgate.gateway.carrier;

import io.shipgate.gateway.platform.secrets.CredentialCipher;
import io.shipgate.carrier.spi.CarrierSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.util.ServiceLoader;

/**
 * The sandbox carrier's simulator as the gateway runs it (see {@link SandboxSimulatorCondition} for
 * when): on its own port on 127.0.0.1, never on the API port, which the sandbox adapter calls unless
 * {@code shipgate.carriers.sandbox.base-url} points elsewhere ({@link CarrierEndpoints}). The
 * gateway knows it only as the spi's {@link CarrierSimulator} for {@value #CARRIER}, found with
 * {@link ServiceLoader} (the simulator module is a runtime dependency: no simulator class is
 * compiled against). It listens from the start of the context, before the API does, and stops when
 * the context's beans are closed, after the API's graceful shutdown has let the requests in flight
 * finish. Its secret is derived from the credentials key, so a label stays bound to the sandbox
 * account that bought it across restarts.
 */
@Component
@Conditional(SandboxSimulatorCondition.class)
class EmbeddedSandboxSimulator implements AutoCloseable {

    static final String CARRIER = "sandbox";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandboxSimulator.class);
    private static final String SECRET_PURPOSE = "shipgate sandbox carrier simulator";

    private final CarrierSimulator.Running running;

    EmbeddedSandboxSimulator(Clock clock, CredentialCipher credentialCipher,
                             @Value("${shipgate.sandbox-carrier.simulator-port:0}") int port) {
        CarrierSimulator simulator = ServiceLoader.load(CarrierSimulator.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> CARRIER.equals(candidate.carrierCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + CARRIER + " carrier simulator on the classpath"
                        + " (shipgate-carrier-sandbox-simulator); set " + SandboxSimulatorCondition.ENABLED + "=false"));
        this.running = simulator.start(clock, credentialCipher.derivedKey(SECRET_PURPOSE), port);
        LOG.info("Sandbox carrier simulator listening on {} (127.0.0.1 only; the sandbox carrier accounts call it)", running.baseUrl());
    }

    /** The running simulator, e.g. for a test to see what it did ({@code running().unwrap(SandboxSimulator.class)}). */
    public CarrierSimulator.Running running() {
        return running;
    }

    /** Where it listens: {@code http://127.0.0.1:<port>}. */
    public URI baseUrl() {
        return running.baseUrl();
    }

    @Override
    public void close() {
        running.close();
    }
}

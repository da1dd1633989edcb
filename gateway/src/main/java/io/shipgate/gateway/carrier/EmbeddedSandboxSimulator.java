package io.shipgate.gateway.carrier;

import io.shipgate.carrier.sandbox.simulator.SandboxSimulator;
import io.shipgate.carrier.sandbox.simulator.SandboxSimulatorServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;

/**
 * The sandbox carrier's simulator as the gateway runs it (see {@link SandboxSimulatorCondition} for
 * when): a {@link SandboxSimulatorServer} on its own port on 127.0.0.1, never on the API port, which
 * the sandbox adapter calls unless {@code shipgate.carriers.sandbox.base-url} points elsewhere
 * ({@link CarrierEndpoints}). It listens from the start of the context, before the API does, and
 * stops when the context's beans are closed, after the API's graceful shutdown has let the requests
 * in flight finish. Its secret is derived from the credentials key, so a label stays bound to the
 * sandbox account that bought it across restarts.
 */
@Component
@Conditional(SandboxSimulatorCondition.class)
class EmbeddedSandboxSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandboxSimulator.class);
    private static final String SECRET_PURPOSE = "shipgate sandbox carrier simulator";

    private final SandboxSimulator simulator;
    private final SandboxSimulatorServer server;
    private final URI baseUrl;

    EmbeddedSandboxSimulator(Clock clock, CredentialCipher credentialCipher,
                             @Value("${shipgate.sandbox-carrier.simulator-port:0}") int port) {
        this.simulator = new SandboxSimulator(clock, credentialCipher.derivedKey(SECRET_PURPOSE));
        this.server = new SandboxSimulatorServer(simulator);
        this.baseUrl = URI.create("http://127.0.0.1:" + server.start(port));
        LOG.info("Sandbox carrier simulator listening on {} (127.0.0.1 only; the sandbox carrier accounts call it)", baseUrl);
    }

    /** The simulator itself, e.g. for a test to see what it did ({@link SandboxSimulator#calls()}). */
    public SandboxSimulator simulator() {
        return simulator;
    }

    /** Where it listens: {@code http://127.0.0.1:<port>}. */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        server.close();
    }
}

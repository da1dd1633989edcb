package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.carrier.simulator.SandboxSimulator;
import io.shipgate.carrier.simulator.SandboxSimulatorServer;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierEndpoint;
import io.shipgate.carrier.testkit.AdapterTestContext;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulator on a random loopback port with a clock the test moves, and the adapter calling it
 * over real HTTP, as the account with API key {@code test-key} unless a test names another.
 */
final class SimulatedSandbox implements AutoCloseable {

    /** A Monday, 10:00 in New York (UTC-5 in January). */
    static final Instant START = Instant.parse("2026-01-12T15:00:00Z");
    static final String WEBHOOK_SECRET = "whsec-sandbox-test";
    static final Map<String, String> CREDENTIALS = Map.of(SandboxSettings.API_KEY, "test-key", SandboxSettings.WEBHOOK_SECRET, WEBHOOK_SECRET);
    private static final CarrierTransport TRANSPORT = CarrierTransport.standalone();
    /** PDFBox warns on every label that this machine draws Helvetica with a substitute: noise in test output. */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        PDF_FONTS.setLevel(Level.SEVERE);
    }

    final MutableClock clock;
    final SandboxCarrier carrier = new SandboxCarrier();
    final SandboxSimulator simulator;
    private final SandboxSimulatorServer server;
    private final String baseUrl;

    SimulatedSandbox() {
        this(new MutableClock(START));
    }

    private SimulatedSandbox(MutableClock clock) {
        this(clock, new SandboxSimulator(clock));
    }

    /** A simulator keyed with {@code secret} on {@code clock}: started again with both, it is the same carrier restarted. */
    SimulatedSandbox(MutableClock clock, byte[] secret) {
        this(clock, new SandboxSimulator(clock, secret));
    }

    private SimulatedSandbox(MutableClock clock, SandboxSimulator simulator) {
        this.clock = clock;
        this.simulator = simulator;
        this.server = new SandboxSimulatorServer(simulator);
        this.baseUrl = "http://127.0.0.1:" + server.start(0);
    }

    CarrierContext context() {
        return context(Map.of());
    }

    /** The account with API key {@code apiKey}. */
    CarrierContext contextOf(String apiKey) {
        return AdapterTestContext.of(SandboxCarrier.CODE, baseUrl, Map.of(), Map.of(SandboxSettings.API_KEY, apiKey), clock);
    }

    CarrierContext context(Map<String, String> settings) {
        return AdapterTestContext.of(SandboxCarrier.CODE, baseUrl, settings, CREDENTIALS, clock);
    }

    CarrierContext context(Map<String, String> settings, Map<String, String> credentials, Duration timeout) {
        return new CarrierContext(new CarrierAccount(UUID.randomUUID(), SandboxCarrier.CODE, settings, credentials),
                new CarrierEndpoint(URI.create(baseUrl), timeout), TRANSPORT, clock);
    }

    @Override
    public void close() {
        server.close();
    }
}

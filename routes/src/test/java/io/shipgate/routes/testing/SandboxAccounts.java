package io.shipgate.routes.testing;

import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.carrier.sandbox.SandboxCarrier;
import io.shipgate.carrier.sandbox.SandboxSettings;
import io.shipgate.carrier.simulator.SandboxSimulator;
import io.shipgate.carrier.simulator.SandboxSimulatorServer;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierEndpoint;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.CarrierSelection;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One tenant's sandbox carrier accounts, each calling a sandbox simulator this class runs over HTTP on a
 * loopback port: the carrier account directory port, from configuration as a single-tenant install
 * would have it (accounts are not stored here; nothing the gateway persists is imitated).
 */
public final class SandboxAccounts implements CarrierAccountDirectory, AutoCloseable {

    private static final CarrierTransport TRANSPORT = CarrierTransport.standalone();

    private final UUID tenantId = UUID.randomUUID();
    private final SandboxCarrier adapter = new SandboxCarrier();
    private final SandboxSimulatorServer simulator = new SandboxSimulatorServer(new SandboxSimulator(Clock.systemUTC()));
    private final URI baseUrl;
    private final Duration operationTimeout;
    private final Map<UUID, CarrierConnection> accounts = new ConcurrentHashMap<>();

    public SandboxAccounts(Duration operationTimeout) {
        this.baseUrl = URI.create("http://127.0.0.1:" + simulator.start(0));
        this.operationTimeout = operationTimeout;
    }

    public UUID tenantId() {
        return tenantId;
    }

    /** A new account: the simulator knows it by {@code apiKey} and behaves as {@code settings} say (latency_ms, failure_rate...). */
    public UUID add(String apiKey, Map<String, String> settings) {
        CarrierAccount account = new CarrierAccount(UUID.randomUUID(), SandboxCarrier.CODE, settings, Map.of(SandboxSettings.API_KEY, apiKey));
        CarrierContext context = new CarrierContext(account, new CarrierEndpoint(baseUrl, Duration.ofSeconds(5)), TRANSPORT, Clock.systemUTC());
        accounts.put(account.id(), new CarrierConnection(tenantId, adapter, context, operationTimeout));
        return account.id();
    }

    @Override
    public CarrierConnection connect(UUID tenantId, CarrierSelection selection) {
        if (selection.accountId() != null) {
            return connect(tenantId, selection.accountId());
        }
        List<CarrierConnection> ofCarrier = mine(tenantId).filter(c -> c.carrier().equals(selection.carrier())).toList();
        if (ofCarrier.size() != 1) {
            throw new NoSuchElementException(ofCarrier.size() + " accounts of carrier " + selection.carrier());
        }
        return ofCarrier.getFirst();
    }

    @Override
    public CarrierConnection connect(UUID tenantId, UUID accountId) {
        return mine(tenantId).filter(c -> c.accountId().equals(accountId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no account " + accountId));
    }

    @Override
    public Optional<CarrierConnection> connectForWebhook(String carrier, UUID accountId) {
        return Optional.ofNullable(accounts.get(accountId)).filter(c -> c.carrier().equals(carrier));
    }

    @Override
    public List<CarrierConnection> connectForRating(UUID tenantId, List<UUID> accountIds) {
        return mine(tenantId).filter(c -> accountIds.isEmpty() || accountIds.contains(c.accountId())).toList();
    }

    private Stream<CarrierConnection> mine(UUID tenantId) {
        return this.tenantId.equals(tenantId) ? accounts.values().stream() : Stream.empty();
    }

    @Override
    public void close() {
        simulator.close();
    }
}

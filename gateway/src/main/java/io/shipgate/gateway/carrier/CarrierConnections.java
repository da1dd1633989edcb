package io.shipgate.gateway.carrier;

import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.port.CarrierAccountDirectory;
import io.shipgate.routes.port.CarrierSelection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Connects the tenant's stored carrier accounts to their adapters, for the routes. Every use of an
 * account by a request goes through here, so this is where a test API key is kept to sandbox
 * accounts: a live account with a test key is a 403 {@code live-account-with-test-key} (rate
 * shopping across all accounts takes only the sandbox ones). Work without an API key (carrier
 * webhooks, background polling) is not restricted.
 */
@Component
class CarrierConnections implements CarrierAccountDirectory {

    private final CarrierAccountRepository accounts;
    private final CarrierRegistry carriers;
    private final CarrierEndpoints endpoints;
    private final CarrierTransport transport;
    private final Clock clock;

    CarrierConnections(CarrierAccountRepository accounts, CarrierRegistry carriers, CarrierEndpoints endpoints,
                       CarrierTransport transport, Clock clock) {
        this.accounts = accounts;
        this.carriers = carriers;
        this.endpoints = endpoints;
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public CarrierConnection connect(UUID tenantId, CarrierSelection selection) {
        if (selection.accountId() != null) {
            CarrierAccountRecord account = accounts.find(tenantId, selection.accountId())
                    .orElseThrow(() -> ApiException.invalid("carrier_account_id", "no carrier account " + selection.accountId()));
            if (!account.enabled()) {
                throw ApiException.invalid("carrier_account_id", "carrier account " + account.id() + " is disabled");
            }
            return connect(account);
        }
        List<CarrierAccountRecord> candidates = accounts.enabledOfCarrier(tenantId, selection.carrier());
        if (candidates.isEmpty()) {
            throw new ApiException(Problems.NO_CARRIER_ACCOUNT, HttpStatus.UNPROCESSABLE_ENTITY,
                    "no enabled " + selection.carrier() + " carrier account: add one at /v1/carrier-accounts");
        }
        if (candidates.size() > 1) {
            throw ApiException.invalid("carrier_account_id", "there are " + candidates.size() + " enabled " + selection.carrier()
                    + " accounts: name one with carrier_account_id (" + candidates.stream().map(CarrierAccountRecord::id).toList() + ")");
        }
        return connect(candidates.getFirst());
    }

    @Override
    public CarrierConnection connect(UUID tenantId, UUID accountId) {
        return connect(accounts.find(tenantId, accountId)
                .orElseThrow(() -> ApiException.notFound("carrier account " + accountId)));
    }

    @Override
    public Optional<CarrierConnection> connectForWebhook(String carrier, UUID accountId) {
        return accounts.findForWebhook(accountId).filter(a -> a.carrier().equals(carrier)).map(this::connect);
    }

    @Override
    public List<CarrierConnection> connectForRating(UUID tenantId, List<UUID> accountIds) {
        boolean onlySandbox = accountIds.isEmpty() && CurrentApiKey.testMode();
        List<CarrierConnection> connections = accounts.enabled(tenantId, accountIds).stream()
                .filter(a -> !onlySandbox || a.sandbox())
                .map(this::connect).toList();
        if (connections.isEmpty()) {
            throw new ApiException(Problems.NO_CARRIER_ACCOUNT, HttpStatus.UNPROCESSABLE_ENTITY, onlySandbox
                    ? "the tenant has no enabled sandbox carrier account (a test key rates across sandbox accounts only)"
                    : accountIds.isEmpty()
                    ? "the tenant has no enabled carrier account: add one at /v1/carrier-accounts"
                    : "none of carrier_account_ids is an enabled carrier account of the tenant");
        }
        return connections;
    }

    private CarrierConnection connect(CarrierAccountRecord account) {
        if (!account.sandbox() && CurrentApiKey.testMode()) {
            throw new ApiException(Problems.LIVE_ACCOUNT_WITH_TEST_KEY, HttpStatus.FORBIDDEN, "carrier account " + account.id()
                    + " is a live " + account.carrier() + " account: a test API key may only use sandbox carrier accounts; use a live key")
                    .with("carrier_account_id", account.id());
        }
        CarrierAdapter adapter = carriers.find(account.carrier())
                .orElseThrow(() -> new IllegalStateException("no adapter for carrier " + account.carrier() + " on the class path"));
        CarrierContext context = new CarrierContext(
                new CarrierAccount(account.id(), account.carrier(), account.settings(), account.credentials()),
                endpoints.resolve(adapter.descriptor()), transport, clock);
        return new CarrierConnection(account.tenantId(), adapter, context, endpoints.operationTimeout(account.carrier()));
    }
}

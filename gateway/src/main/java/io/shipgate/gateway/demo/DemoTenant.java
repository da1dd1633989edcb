package io.shipgate.gateway.demo;

import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CreateCarrierAccountRequest;
import io.shipgate.gateway.console.ConsoleUserService;
import io.shipgate.gateway.tenant.ApiKeyKind;
import io.shipgate.gateway.tenant.ApiKeyService;
import io.shipgate.gateway.tenant.CreateApiKeyRequest;
import io.shipgate.gateway.tenant.CreateTenantRequest;
import io.shipgate.gateway.tenant.TenantService;
import io.shipgate.gateway.tenant.TenantView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Makes a fresh install ready to call: on the first start with the embedded database (or when
 * {@code shipgate.demo-tenant.enabled=true}), creates a demo tenant with a sandbox carrier account
 * and prints its test API key and its console admin's password once. Only the key's digest is stored, so later starts cannot print
 * it: they print the command that creates another key instead. The sandbox account's own API key
 * (what it shows the simulator, which binds its labels to it) is random too, and stored encrypted
 * like any carrier credential.
 */
@Component
class DemoTenant implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenant.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String DEMO_TENANT = "Demo store";
    static final String DEMO_CONSOLE_USER = "admin@demo.shipgate.local";

    private final TenantService tenants;
    private final ApiKeyService keys;
    private final CarrierAccountService carrierAccounts;
    private final ConsoleUserService consoleUsers;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final boolean enabled;
    private final boolean embeddedDatabase;

    DemoTenant(TenantService tenants, ApiKeyService keys, CarrierAccountService carrierAccounts, ConsoleUserService consoleUsers,
               TransactionTemplate transaction,
               Environment environment, @Value("${shipgate.demo-tenant.enabled:}") String enabled,
               @Value("${spring.datasource.url:}") String databaseUrl) {
        this.tenants = tenants;
        this.keys = keys;
        this.carrierAccounts = carrierAccounts;
        this.consoleUsers = consoleUsers;
        this.transaction = transaction;
        this.environment = environment;
        this.enabled = enabled.isBlank() ? databaseUrl.isBlank() : Boolean.parseBoolean(enabled);
        this.embeddedDatabase = databaseUrl.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (tenants.anyExists()) {
            // no secret on this line: the quickstart and people read the first start's key from the log
            String tenant = tenants.list().stream().filter(t -> t.name().equals(DEMO_TENANT)).findFirst()
                    .map(t -> t.id().toString()).orElse("<tenant id>");
            LOG.info("The demo tenant's key was printed on the first start only. To create another key: {}java -jar gateway.jar"
                    + " keys create --tenant {} [--test]  (or, while the gateway runs, POST /v1/api-keys with a live key)",
                    embeddedDatabase ? "stop the gateway, then " : "", tenant);
            return;
        }
        String[] secrets = transaction.execute(tx -> {
            TenantView tenant = tenants.create(new CreateTenantRequest(DEMO_TENANT, null));
            carrierAccounts.create(tenant.id(), new CreateCarrierAccountRequest("sandbox", "Sandbox carrier", Map.of(),
                    Map.of("api_key", sandboxApiKey()), true));
            String apiKey = keys.issue(tenant.id(), new CreateApiKeyRequest("demo key", ApiKeyKind.TEST)).key();
            return new String[] {apiKey, consoleUsers.createDemoUser(tenant.id(), DEMO_CONSOLE_USER)};
        });
        String key = secrets[0];
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        LOG.info("Demo tenant '{}' created, with a sandbox carrier account.", DEMO_TENANT);
        LOG.info("Demo API key: {}  (shown once: only its digest is stored; a test key, for sandbox accounts)", key);
        LOG.info("Try it: curl -s {}/v1/carrier-accounts -H 'Authorization: Bearer <key>'  |  API docs: {}/swagger-ui.html", base, base);
        LOG.info("Demo console: {}/console  email {}  password {}  (shown once: only its hash is stored)", base, DEMO_CONSOLE_USER, secrets[1]);
    }

    /** {@code sandbox_} and 256 random bits in base64url. */
    private static String sandboxApiKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "sandbox_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}

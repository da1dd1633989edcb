package io.shipgate.gateway.tenant;

import io.shipgate.gateway.carrier.CarrierAccountApi;
import io.shipgate.gateway.carrier.CarrierAccountService;
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
 * and prints its API key once. Only the key's digest is stored, so later starts cannot print it.
 * The sandbox account's own API key (what it shows the simulator, which binds its labels to it) is
 * random too, and stored encrypted like any carrier credential.
 */
@Component
class DemoTenant implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenant.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantRepository tenants;
    private final CarrierAccountService carrierAccounts;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final boolean enabled;

    DemoTenant(TenantRepository tenants, CarrierAccountService carrierAccounts, TransactionTemplate transaction,
               Environment environment, @Value("${shipgate.demo-tenant.enabled:}") String enabled,
               @Value("${spring.datasource.url:}") String databaseUrl) {
        this.tenants = tenants;
        this.carrierAccounts = carrierAccounts;
        this.transaction = transaction;
        this.environment = environment;
        this.enabled = enabled.isBlank() ? databaseUrl.isBlank() : Boolean.parseBoolean(enabled);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || tenants.anyExists()) {
            return;
        }
        String key = transaction.execute(tx -> {
            Tenant tenant = tenants.create("Demo store");
            carrierAccounts.create(tenant.id(), new CarrierAccountApi.Create("sandbox", "Sandbox carrier", Map.of(),
                    Map.of("api_key", sandboxApiKey()), true));
            return tenants.issueApiKey(tenant.id(), "demo key");
        });
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        LOG.info("Demo tenant 'Demo store' created, with a sandbox carrier account.");
        LOG.info("Demo API key: {}  (shown once: only its digest is stored)", key);
        LOG.info("Try it: curl -s {}/v1/carrier-accounts -H 'Authorization: Bearer <key>'  |  API docs: {}/swagger-ui.html", base, base);
    }

    /** {@code sandbox_} and 256 random bits in base64url. */
    private static String sandboxApiKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "sandbox_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}

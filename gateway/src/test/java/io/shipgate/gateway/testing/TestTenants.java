package io.shipgate.gateway.testing;

import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CreateCarrierAccountRequest;
import io.shipgate.gateway.tenant.ApiKeyKind;
import io.shipgate.gateway.tenant.ApiKeyService;
import io.shipgate.gateway.tenant.CreateApiKeyRequest;
import io.shipgate.gateway.tenant.CreateTenantRequest;
import io.shipgate.gateway.tenant.NewApiKeyView;
import io.shipgate.gateway.tenant.Tenant;
import io.shipgate.gateway.tenant.TenantService;
import io.shipgate.gateway.tenant.TenantView;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Creates isolated tenants (with a live API key, which can use every carrier account), more keys,
 * and carrier accounts for integration tests.
 */
@Component
public class TestTenants {

    private final TenantService tenants;
    private final ApiKeyService keys;
    private final CarrierAccountService accounts;

    TestTenants(TenantService tenants, ApiKeyService keys, CarrierAccountService accounts) {
        this.tenants = tenants;
        this.keys = keys;
        this.accounts = accounts;
    }

    public record TestTenant(Tenant tenant, String key) {
    }

    public TestTenant create() {
        TenantView created = tenants.create(new CreateTenantRequest("test tenant " + UUID.randomUUID(), null));
        Tenant tenant = new Tenant(created.id(), created.name());
        return new TestTenant(tenant, key(tenant, ApiKeyKind.LIVE).key());
    }

    /** Another key of the tenant: live or test. */
    public NewApiKeyView key(Tenant tenant, ApiKeyKind mode) {
        return keys.issue(tenant.id(), new CreateApiKeyRequest("test " + mode.wireName(), mode));
    }

    /** A new operator key (the admin API). */
    public String operatorKey() {
        return keys.issueOperatorKey("test operator").key();
    }

    /** A sandbox account with the given simulator settings (latency_ms, failure_rate, ...). */
    public UUID sandboxAccount(TestTenant tenant, String name, Map<String, String> settings) {
        Map<String, String> s = new HashMap<>(settings);
        return accounts.create(tenant.tenant().id(), new CreateCarrierAccountRequest("sandbox", name, s,
                Map.of("api_key", "test-key"), true)).id();
    }
}

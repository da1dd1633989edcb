package io.shipgate.gateway.testing;

import io.shipgate.gateway.carrier.CarrierAccountApi;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.tenant.ApiKeyApi;
import io.shipgate.gateway.tenant.ApiKeyKind;
import io.shipgate.gateway.tenant.ApiKeyService;
import io.shipgate.gateway.tenant.Tenant;
import io.shipgate.gateway.tenant.TenantApi;
import io.shipgate.gateway.tenant.TenantService;
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
        TenantApi.View created = tenants.create(new TenantApi.Create("test tenant " + UUID.randomUUID(), null));
        Tenant tenant = new Tenant(created.id(), created.name());
        return new TestTenant(tenant, key(tenant, ApiKeyKind.LIVE).key());
    }

    /** Another key of the tenant: live or test. */
    public ApiKeyApi.Created key(Tenant tenant, ApiKeyKind mode) {
        return keys.issue(tenant.id(), new ApiKeyApi.Create("test " + mode.wireName(), mode));
    }

    /** A new operator key (the admin API). */
    public String operatorKey() {
        return keys.issueOperatorKey("test operator").key();
    }

    /** A sandbox account with the given simulator settings (latency_ms, failure_rate, ...). */
    public UUID sandboxAccount(TestTenant tenant, String name, Map<String, String> settings) {
        Map<String, String> s = new HashMap<>(settings);
        return accounts.create(tenant.tenant().id(), new CarrierAccountApi.Create("sandbox", name, s,
                Map.of("api_key", "test-key"), true)).id();
    }
}

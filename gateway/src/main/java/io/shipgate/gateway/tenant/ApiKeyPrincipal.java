package io.shipgate.gateway.tenant;

import java.util.UUID;

/**
 * Who an authenticated request comes from: the API key, its kind, its tenant (none for an operator
 * key) and the tenant's own rate limit, if it has one.
 */
public record ApiKeyPrincipal(UUID keyId, ApiKeyKind kind, Tenant tenant, TenantRateLimit rateLimit) {

    public boolean testMode() {
        return kind == ApiKeyKind.TEST;
    }
}

package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.security.RateLimitedPrincipal;

import java.util.UUID;

/**
 * Who an authenticated request comes from: the API key, its kind, its tenant (none for an operator
 * key) and the tenant's own rate limit, if it has one.
 */
record ApiKeyPrincipal(UUID keyId, ApiKeyKind kind, Tenant tenant, TenantRateLimit rateLimit) implements RateLimitedPrincipal {

    public boolean testMode() {
        return kind == ApiKeyKind.TEST;
    }

    @Override
    public UUID bucketId() {
        return keyId;
    }

    @Override
    public Integer ownRequestsPerSecond() {
        return rateLimit == null ? null : rateLimit.requestsPerSecond();
    }

    @Override
    public Integer ownBurst() {
        return rateLimit == null ? null : rateLimit.burst();
    }
}

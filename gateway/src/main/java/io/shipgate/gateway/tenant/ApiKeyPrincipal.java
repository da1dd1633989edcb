package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.security.BrowserKeyPrincipal;
import io.shipgate.gateway.platform.security.RateLimitedPrincipal;

import java.util.Set;
import java.util.UUID;

/**
 * Who an authenticated request comes from: the API key, its kind, its tenant (none for an operator
 * key), the tenant's own rate limit, if it has one, and the tenant's allowed browser origins (what a
 * publishable key is accepted from).
 */
record ApiKeyPrincipal(UUID keyId, ApiKeyKind kind, Tenant tenant, TenantRateLimit rateLimit, Set<String> allowedOrigins)
        implements RateLimitedPrincipal, BrowserKeyPrincipal {

    ApiKeyPrincipal {
        allowedOrigins = allowedOrigins == null ? Set.of() : Set.copyOf(allowedOrigins);
    }

    @Override
    public boolean browserKey() {
        return kind == ApiKeyKind.PUBLISHABLE;
    }

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

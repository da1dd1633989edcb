package io.shipgate.gateway.tenant;

/** The tenant module's contract: tenants, their rate limits and their API keys as the API reads and shows them. */
final class TenantMapper {

    private TenantMapper() {
    }

    static TenantView view(TenantRepository.StoredTenant t) {
        return new TenantView(t.tenant().id(), t.tenant().name(), t.slug(), t.allowedOrigins(), view(t.rateLimit()), t.createdAt());
    }

    static TenantSettingsView settings(TenantRepository.StoredTenant t) {
        return new TenantSettingsView(t.tenant().id(), t.tenant().name(), t.slug(), t.allowedOrigins());
    }

    static RateLimitView view(TenantRateLimit limit) {
        return new RateLimitView(limit.requestsPerSecond(), limit.burst());
    }

    /** The limit a request sets; null (absent) stays null. */
    static TenantRateLimit toRateLimit(RateLimitView limit) {
        return limit == null ? null : new TenantRateLimit(limit.requestsPerSecond(), limit.burst());
    }

    static ApiKeyView view(ApiKeyRepository.StoredKey key) {
        return new ApiKeyView(key.id(), key.name(), key.prefix(), key.kind(), key.createdAt(), key.lastUsedAt(),
                key.revokedAt() != null, key.revokedAt());
    }

    static NewApiKeyView view(ApiKeyRepository.IssuedKey issued) {
        ApiKeyRepository.StoredKey key = issued.stored();
        return new NewApiKeyView(key.id(), key.name(), key.prefix(), key.kind(), key.createdAt(), issued.secret());
    }
}

package io.shipgate.gateway.tenant;

/**
 * A tenant's own rate limit per API key; a null member takes the configured default
 * ({@code shipgate.rate-limit.*}).
 *
 * @param requestsPerSecond the sustained rate (tokens added per second)
 * @param burst             how many requests may come at once (the bucket's capacity)
 */
public record TenantRateLimit(Integer requestsPerSecond, Integer burst) {

    public static final TenantRateLimit DEFAULT = new TenantRateLimit(null, null);
}

package io.shipgate.gateway.tenant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * A tenant's own rate limit per API key; a null member takes the configured default
 * ({@code shipgate.rate-limit.*}).
 *
 * @param requestsPerSecond the sustained rate (tokens added per second)
 * @param burst             how many requests may come at once (the bucket's capacity)
 */
public record TenantRateLimit(@Positive @Max(1_000_000) Integer requestsPerSecond, @Positive @Max(1_000_000) Integer burst) {

    public static final TenantRateLimit DEFAULT = new TenantRateLimit(null, null);
}

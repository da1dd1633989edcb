package io.shipgate.gateway.platform.security;

import java.util.UUID;

/**
 * An authenticated principal the API rate-limits ({@link RateLimitFilter}): one token bucket per
 * {@link #bucketId()}, sized by its own limit where it has one (a null member takes the configured
 * default, {@code shipgate.rate-limit.*}).
 */
public interface RateLimitedPrincipal {

    /** Whose bucket: one per API key. */
    UUID bucketId();

    /** Its own sustained rate per second, or null for the default. */
    Integer ownRequestsPerSecond();

    /** Its own burst, or null for the default (in proportion to the rate). */
    Integer ownBurst();
}

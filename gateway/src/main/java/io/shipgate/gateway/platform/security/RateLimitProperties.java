package io.shipgate.gateway.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default rate limit of every API key ({@code shipgate.rate-limit.*}); a tenant may have its own
 * (admin API). A token bucket per key and node: {@code burst} requests at once, refilled at
 * {@code requestsPerSecond}.
 */
@ConfigurationProperties("shipgate.rate-limit")
record RateLimitProperties(@DefaultValue("100") long requestsPerSecond, @DefaultValue("200") long burst) {

    RateLimitProperties {
        if (requestsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("shipgate.rate-limit.requests-per-second and .burst must be at least 1");
        }
    }
}

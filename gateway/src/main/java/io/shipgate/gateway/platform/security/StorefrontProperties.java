package io.shipgate.gateway.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Browser access with publishable keys ({@code shipgate.storefront.*}).
 *
 * @param requestsPerSecond a publishable key's rate per client address and node (a token bucket per key and address)
 * @param burst             requests one client address may send at once
 * @param trustedProxies    addresses or CIDR ranges of the reverse proxies in front of the gateway: only a request from
 *                          one of them has its {@code X-Forwarded-For} read for the client's address (the right-most
 *                          address that is not a trusted proxy); empty: the connection's address is the client's
 * @param corsMaxAge        how long a browser may reuse a preflight's answer ({@code Access-Control-Max-Age})
 * @param clientBuckets     client addresses (per key) whose buckets each node keeps; the least recently used go first
 */
@ConfigurationProperties("shipgate.storefront")
record StorefrontProperties(@DefaultValue("5") long requestsPerSecond, @DefaultValue("20") long burst,
                            @DefaultValue List<String> trustedProxies, @DefaultValue("10m") Duration corsMaxAge,
                            @DefaultValue("100000") long clientBuckets) {

    StorefrontProperties {
        if (requestsPerSecond < 1 || burst < 1 || clientBuckets < 1) {
            throw new IllegalArgumentException("shipgate.storefront.requests-per-second, .burst and .client-buckets must be at least 1");
        }
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}

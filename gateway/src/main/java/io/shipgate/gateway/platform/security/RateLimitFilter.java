package io.shipgate.gateway.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.ProblemResponses;
import io.shipgate.gateway.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

/**
 * Limits each API key to its rate: a token bucket (Bucket4j) per key on this node, sized by the
 * tenant's own limit or the configured default. Every authenticated answer says where the key
 * stands, in the fields of draft-ietf-httpapi-ratelimit-headers (-09/-10):
 * <pre>
 * RateLimit-Policy: "api-key";q=200;w=2    the bucket holds q requests and refills completely in w seconds
 * RateLimit: "api-key";r=57;t=2            r requests left now; t seconds until the bucket is full again
 * </pre>
 * Over the limit: 429 {@code rate-limited} with {@code Retry-After} (seconds until one request is allowed).
 *
 * <p>A browser key (a publishable key, {@link BrowserKeyPrincipal}) is public: its limit is per client address
 * ({@link ClientAddress}), a bucket per key and address at {@code shipgate.storefront.*}'s rate, so one shopper (or
 * one scraper) cannot use up a storefront's key for all the others. Those buckets are in a map of their own, bounded
 * by {@code shipgate.storefront.client-buckets}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String POLICY = "\"api-key\"";

    static final String CLIENT_POLICY = "\"client\"";

    private final RateLimitProperties defaults;
    private final StorefrontProperties storefront;
    private final ClientAddress clients;
    private final ProblemResponses problems;
    private final Cache<BucketKey, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    private final Cache<BucketKey, Bucket> clientBuckets;

    RateLimitFilter(RateLimitProperties defaults, StorefrontProperties storefront, ProblemResponses problems) {
        this.defaults = defaults;
        this.storefront = storefront;
        this.clients = new ClientAddress(storefront.trustedProxies());
        this.problems = problems;
        this.clientBuckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(storefront.clientBuckets()).build();
    }

    /** One bucket per key (and client address, for a browser key) and limit: a changed limit starts a fresh bucket. */
    private record BucketKey(UUID keyId, String client, long requestsPerSecond, long burst) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof RateLimitedPrincipal key)) {
            chain.doFilter(request, response);
            return;
        }
        boolean perClient = key instanceof BrowserKeyPrincipal browser && browser.browserKey();
        long rate;
        long burst;
        Bucket bucket;
        if (perClient) {
            rate = storefront.requestsPerSecond();
            burst = storefront.burst();
            bucket = clientBuckets.get(new BucketKey(key.bucketId(), clients.of(request), rate, burst), RateLimitFilter::bucket);
        } else {
            rate = key.ownRequestsPerSecond() == null ? defaults.requestsPerSecond() : key.ownRequestsPerSecond();
            // a tenant's rate without a burst keeps the default's proportion (100/s, 200 at once: twice the rate)
            burst = key.ownBurst() == null ? Math.max(1, rate * defaults.burst() / defaults.requestsPerSecond()) : key.ownBurst();
            bucket = buckets.get(new BucketKey(key.bucketId(), null, rate, burst), RateLimitFilter::bucket);
        }
        String policy = perClient ? CLIENT_POLICY : POLICY;
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Policy", policy + ";q=" + burst + ";w=" + ceilSeconds(Duration.ofSeconds(burst).toNanos() / rate));
        response.setHeader("RateLimit", policy + ";r=" + probe.getRemainingTokens() + ";t=" + ceilSeconds(probe.getNanosToWaitForReset()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.write(request, response, new ApiException(Problems.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS,
                (perClient ? "this publishable key may send " + rate + " requests per second from one client address"
                        : "this API key may send " + rate + " requests per second")
                        + " (bursts of " + burst + "); retry in " + retryAfter + " s")
                .with("retry_after", retryAfter));
    }

    private static Bucket bucket(BucketKey key) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(key.burst()).refillGreedy(key.requestsPerSecond(), Duration.ofSeconds(1)))
                .build();
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}

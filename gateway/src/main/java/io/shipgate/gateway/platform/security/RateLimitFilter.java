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
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String POLICY = "\"api-key\"";

    private final RateLimitProperties defaults;
    private final ProblemResponses problems;
    private final Cache<BucketKey, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    RateLimitFilter(RateLimitProperties defaults, ProblemResponses problems) {
        this.defaults = defaults;
        this.problems = problems;
    }

    /** One bucket per key and limit: a changed limit starts a fresh bucket. */
    private record BucketKey(UUID keyId, long requestsPerSecond, long burst) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof RateLimitedPrincipal key)) {
            chain.doFilter(request, response);
            return;
        }
        long rate = key.ownRequestsPerSecond() == null ? defaults.requestsPerSecond() : key.ownRequestsPerSecond();
        // a tenant's rate without a burst keeps the default's proportion (100/s, 200 at once: twice the rate)
        long burst = key.ownBurst() == null ? Math.max(1, rate * defaults.burst() / defaults.requestsPerSecond()) : key.ownBurst();
        Bucket bucket = buckets.get(new BucketKey(key.bucketId(), rate, burst), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(k.burst()).refillGreedy(k.requestsPerSecond(), Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Policy", POLICY + ";q=" + burst + ";w=" + ceilSeconds(Duration.ofSeconds(burst).toNanos() / rate));
        response.setHeader("RateLimit", POLICY + ";r=" + probe.getRemainingTokens() + ";t=" + ceilSeconds(probe.getNanosToWaitForReset()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.write(request, response, new ApiException(Problems.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS,
                "this API key may send " + rate + " requests per second (bursts of " + burst + "); retry in " + retryAfter + " s")
                .with("retry_after", retryAfter));
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}

package io.shipgate.gateway.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.shipgate.gateway.platform.security.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * The per-client limit of the pages' lookups and form posts: a token bucket (Bucket4j) per client address
 * ({@link ClientAddress}: {@code X-Forwarded-For} from {@code shipgate.storefront.trusted-proxies} only), on this node,
 * so that order references and contact details cannot be tried in bulk. Page views are not limited.
 */
@Component
class PageLimits {

    private final ClientAddress clients;
    private final PagesProperties properties;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    PageLimits(@Value("${shipgate.storefront.trusted-proxies:}") List<String> trustedProxies, PagesProperties properties) {
        this.clients = new ClientAddress(trustedProxies);
        this.properties = properties;
    }

    /** Takes one lookup or form post of the request's client: 0, or over the limit the seconds until one is allowed. */
    long take(HttpServletRequest request) {
        Bucket bucket = buckets.get(clients.of(request), client -> Bucket.builder()
                .addLimit(l -> l.capacity(properties.formsBurst()).refillGreedy(properties.formsPerMinute(), Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}

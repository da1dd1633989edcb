package io.shipgate.carrier.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Bearer tokens of OAuth2 client-credentials carriers (UPS, FedEx), cached per account: fetched on
 * demand, reused until {@link #REFRESH_MARGIN} before they expire, fetched by one caller at a
 * time per account however many calls need one at once, and dropped after a 401 so the next call
 * fetches a new one. An adapter holds one instance for all its accounts.
 */
public final class AccessTokens {

    /** A token is refreshed this long before its expiry, so no request leaves with a token about to lapse. */
    public static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    /** A token the carrier issued, valid for {@code lifetime} from when it was fetched. */
    public record Token(String value, Duration lifetime) {

        @Override
        public String toString() {
            return "Token[hidden, lifetime=" + lifetime + "]";
        }
    }

    private record Cached(String value, Instant refreshAt) {
    }

    private final ConcurrentHashMap<String, Cached> tokens = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /**
     * The account's token, fetched with {@code fetch} when there is none or it is about to expire.
     *
     * @param key identifies the account and its credentials (e.g. account id + client id)
     */
    public String get(String key, Clock clock, Supplier<Token> fetch) {
        Cached cached = tokens.get(key);
        if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return cached.value();
        }
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            cached = tokens.get(key);
            if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
                return cached.value(); // another caller fetched it while this one waited
            }
            Token token = fetch.get();
            Duration usable = token.lifetime().compareTo(REFRESH_MARGIN.multipliedBy(2)) > 0
                    ? token.lifetime().minus(REFRESH_MARGIN) : token.lifetime().dividedBy(2);
            tokens.put(key, new Cached(token.value(), clock.instant().plus(usable)));
            return token.value();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the account's token, after the carrier refused it (401), unless a newer one replaced it. */
    public void invalidate(String key, String refusedToken) {
        tokens.computeIfPresent(key, (k, cached) -> cached.value().equals(refusedToken) ? null : cached);
    }
}

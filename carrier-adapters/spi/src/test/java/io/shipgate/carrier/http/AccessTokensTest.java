package io.shipgate.carrier.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokensTest {

    private final AccessTokens tokens = new AccessTokens();
    private final AtomicInteger fetches = new AtomicInteger();

    private AccessTokens.Token fetch() {
        return new AccessTokens.Token("token-" + fetches.incrementAndGet(), Duration.ofHours(1));
    }

    @Test
    void aTokenIsReusedUntilShortlyBeforeItExpires() {
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        assertThat(tokens.get("acct", Clock.fixed(start, ZoneOffset.UTC), this::fetch)).isEqualTo("token-1");
        assertThat(tokens.get("acct", Clock.fixed(start.plusSeconds(3500), ZoneOffset.UTC), this::fetch)).isEqualTo("token-1");
        assertThat(tokens.get("acct", Clock.fixed(start.plusSeconds(3541), ZoneOffset.UTC), this::fetch)).isEqualTo("token-2");
        assertThat(tokens.get("other", Clock.fixed(start, ZoneOffset.UTC), this::fetch)).isEqualTo("token-3");
    }

    @Test
    void aRefusedTokenIsFetchedAgainButANewerOneIsKept() {
        Clock clock = Clock.systemUTC();
        String first = tokens.get("acct", clock, this::fetch);
        tokens.invalidate("acct", first);
        String second = tokens.get("acct", clock, this::fetch);
        assertThat(second).isEqualTo("token-2");
        tokens.invalidate("acct", first); // a late 401 for the old token must not drop the new one
        assertThat(tokens.get("acct", clock, this::fetch)).isEqualTo("token-2");
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        CountDownLatch inFetch = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> tokens.get("acct", Clock.systemUTC(), () -> {
                    inFetch.countDown();
                    sleep();
                    return fetch();
                })));
            }
            inFetch.await();
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo("token-1");
            }
        }
        assertThat(fetches).hasValue(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.shipgate.carrier.fedex;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.TOKEN;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fedexError;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OAuth2 client credentials: {@code POST /oauth/token}, cached per account, one fetch at a time, one retry after a 401. */
@WireMockTest
class FedExAuthenticationTest {

    private static final String RATES = "/rate/v1/rates/quotes";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        wm.getWireMock().register(post(urlEqualTo(RATES)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson(fixture("rate/rating_response_canada.json"))));
    }

    @Test
    void theTokenIsFetchedWithTheClientCredentialsAndReusedUntilShortlyBeforeItExpires() {
        FedExTestSupport.stubToken(wm.getWireMock());
        MovableClock clock = new MovableClock();
        CarrierContext ctx = context(wm.getHttpBaseUrl(), Map.of(), Map.of(), clock);

        fedex.rates(ctx, SampleRequests.rates()).quotes();
        fedex.rates(ctx, SampleRequests.rates()).quotes();
        clock.advance(Duration.ofSeconds(3599 - 120));
        fedex.rates(ctx, SampleRequests.rates()).quotes();
        wm.getWireMock().verifyThat(exactly(1), postRequestedFor(urlEqualTo("/oauth/token")));

        clock.advance(Duration.ofSeconds(90)); // within a minute of the token's expiry
        fedex.rates(ctx, SampleRequests.rates()).quotes();
        wm.getWireMock().verifyThat(exactly(2), postRequestedFor(urlEqualTo("/oauth/token")));
        wm.getWireMock().verifyThat(exactly(4), postRequestedFor(urlEqualTo(RATES)));
    }

    @Test
    void concurrentCallsOfOneAccountFetchOneToken() throws Exception {
        wm.getWireMock().register(post(urlEqualTo("/oauth/token"))
                .willReturn(okJson(fixture("auth/token_response.json")).withFixedDelay(300)));
        CarrierContext ctx = context(wm.getHttpBaseUrl());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> fedex.rates(ctx, SampleRequests.rates()).quotes().size());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> quotes : pool.invokeAll(calls)) {
                assertThat(quotes.get()).isEqualTo(1);
            }
        }
        wm.getWireMock().verifyThat(exactly(1), postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void aRefusedTokenIsReplacedAndTheCallMadeOnceMore() {
        wm.getWireMock().register(post(urlEqualTo("/oauth/token")).inScenario("rotation").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"revoked\",\"token_type\":\"bearer\",\"expires_in\":3599,\"scope\":\"CXS\"}"))
                .willSetStateTo("rotated"));
        wm.getWireMock().register(post(urlEqualTo("/oauth/token")).inScenario("rotation").whenScenarioStateIs("rotated")
                .willReturn(okJson(fixture("auth/token_response.json"))));
        wm.getWireMock().register(post(urlEqualTo(RATES)).withHeader("Authorization", equalTo("Bearer revoked"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"code\":\"NOT.AUTHORIZED.ERROR\",\"message\":\"Access token expired.\"}]}")));

        assertThat(fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes()).hasSize(1);
        wm.getWireMock().verifyThat(exactly(2), postRequestedFor(urlEqualTo("/oauth/token")));
        wm.getWireMock().verifyThat(exactly(2), postRequestedFor(urlEqualTo(RATES)));
    }

    @Test
    void aSecond401IsAnAuthenticationFailure() {
        FedExTestSupport.stubToken(wm.getWireMock());
        wm.getWireMock().register(post(urlEqualTo(RATES)).atPriority(1).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"NOT.AUTHORIZED.ERROR\",\"message\":\"The given client credentials were not valid.\"}]}")));

        assertThatThrownBy(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes())
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
                    assertThat(e.carrierCode()).isEqualTo("NOT.AUTHORIZED.ERROR");
                    assertThat(e.retryable()).isFalse();
                });
        wm.getWireMock().verifyThat(exactly(2), postRequestedFor(urlEqualTo(RATES)));
    }

    @Test
    void refusedClientCredentialsAreAnAuthenticationFailureThatNeverShowsTheSecret() {
        wm.getWireMock().register(post(urlEqualTo("/oauth/token")).willReturn(fedexError(401, "errors/error_response.json")));

        assertThatThrownBy(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes())
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain(FedExTestSupport.CLIENT_SECRET);
                });
        wm.getWireMock().verifyThat(exactly(0), postRequestedFor(urlEqualTo(RATES)));
    }

    @Test
    void accountsHaveTokensOfTheirOwn() {
        FedExTestSupport.stubToken(wm.getWireMock());
        fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes();
        fedex.rates(context(wm.getHttpBaseUrl(), Map.of(FedExSettings.ACCOUNT_NUMBER, "510087020"), Map.of(), FedExTestSupport.CLOCK),
                SampleRequests.rates()).quotes();
        wm.getWireMock().verifyThat(exactly(2), postRequestedFor(urlEqualTo("/oauth/token")));
    }

    /** A clock tests move forward. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T15:00:00Z"));

        void advance(Duration by) {
            now.updateAndGet(i -> i.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

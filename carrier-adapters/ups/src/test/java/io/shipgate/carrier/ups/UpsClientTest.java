package io.shipgate.carrier.ups;

import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierEndpoint;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OAuth client credentials, retries and every error example of the specs. */
class UpsClientTest extends UpsAdapterTest {

    private static final String AWB = "1Z023E2X0214323462";
    private static final String TRACK = "/api/track/" + UpsClient.TRACKING_VERSION + "/details/" + AWB;
    private static final String RATE = "/api/rating/" + UpsClient.RATING_VERSION + "/Shop";

    @Test
    void fetchesATokenOnceAndReusesItUntilShortlyBeforeItExpires() {
        answer(get(urlPathEqualTo(TRACK)), "/ups/tracking/response.json");
        CarrierContext ctx = context();

        carrier.track(ctx, ShipmentRef.awb(AWB));
        carrier.track(ctx, ShipmentRef.awb(AWB));

        verifyTokenRequest(1);
    }

    @Test
    void fetchesOneTokenForManyConcurrentCalls() throws Exception {
        answer(get(urlPathEqualTo(TRACK)), "/ups/tracking/response.json");
        CarrierContext ctx = context();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> carrier.track(ctx, ShipmentRef.awb(AWB))));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        verifyTokenRequest(1);
    }

    @Test
    void retriesOnceWithANewTokenAfterA401() {
        ups.stubFor(post(urlEqualTo(UpsClient.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("Started")
                .willReturn(json("{\"access_token\":\"expired-token\",\"expires_in\":\"14399\"}")).willSetStateTo("second"));
        ups.stubFor(post(urlEqualTo(UpsClient.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(json("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":\"14399\"}")));
        ups.stubFor(get(urlPathEqualTo(TRACK)).withHeader("Authorization", equalTo("Bearer expired-token"))
                .willReturn(aResponse().withStatus(401).withBody("{\"response\":{\"errors\":[{\"code\":\"250002\",\"message\":\"Invalid Authentication Information.\"}]}}")));
        answer(get(urlPathEqualTo(TRACK)).withHeader("Authorization", equalTo("Bearer " + TOKEN)), "/ups/tracking/response.json");

        assertThat(carrier.track(account(), ShipmentRef.awb(AWB)).awb()).isEqualTo(AWB);
        ups.verify(2, getRequestedFor(urlPathEqualTo(TRACK)));
    }

    @Test
    void givesUpAfterTheSecond401() {
        ups.stubFor(post(urlEqualTo(UpsClient.TOKEN_PATH)).willReturn(json("{\"access_token\":\"refused\",\"expires_in\":\"14399\"}")));
        ups.stubFor(get(urlPathEqualTo(TRACK)).willReturn(aResponse().withStatus(401)
                .withBody(AdapterTestContext.fixture("/ups/errors/trackalert-401.json"))));

        assertThatThrownBy(() -> carrier.track(account(), ShipmentRef.awb(AWB))).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
            assertThat(e.carrierCode()).isEqualTo("250002");
        });
        ups.verify(2, getRequestedFor(urlPathEqualTo(TRACK)));
    }

    @Test
    void aRefusedClientIsAnAuthenticationFailure() {
        ups.stubFor(post(urlEqualTo(UpsClient.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"response\":{\"errors\":[{\"code\":\"10401\",\"message\":\"ClientId is Invalid\"}]}}")));

        assertThatThrownBy(() -> carrier.track(account(), ShipmentRef.awb(AWB))).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
            assertThat(e.getMessage()).isEqualTo("ClientId is Invalid").doesNotContain(CLIENT_SECRET);
        });
    }

    /** Every error example of the specs (Track Alert's and Delivery Intercept's), and the statuses UPS documents. */
    @ParameterizedTest
    @CsvSource({
            "trackalert-400.json, 400, INVALID_REQUEST, VSS300, 'Locale is required. The Subscription request has been rejected.', false",
            "trackalert-401.json, 401, AUTHENTICATION, 250002, Invalid Authentication Information, false",
            "trackalert-404.json, 404, NOT_FOUND, 404, The requested resource was not found., false", // Tracking: no record of the number
            "trackalert-500.json, 500, UNAVAILABLE, 10004, 'Something went wrong while processing your request, please try again later', true",
            "intercept-400.json, 400, INVALID_REQUEST, 710, Failure due to input validation error, false",
            "intercept-401.json, 401, AUTHENTICATION, 605, Package address token does not match any tokens in the user's profile., false",
            "intercept-401.json, 403, AUTHENTICATION, 605, Package address token does not match any tokens in the user's profile., false",
            "trackalert-500.json, 503, UNAVAILABLE, 10004, 'Something went wrong while processing your request, please try again later', true"})
    void mapsEachErrorExampleToItsCategoryKeepingUpsCodeAndMessage(String fixture, int status, CarrierErrorCategory category,
                                                                   String code, String message, boolean retryable) {
        ups.stubFor(get(urlPathEqualTo(TRACK)).willReturn(aResponse().withStatus(status)
                .withBody(AdapterTestContext.fixture("/ups/errors/" + fixture))));

        assertThatThrownBy(() -> carrier.track(context(), ShipmentRef.awb(AWB))).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(category);
            assertThat(e.carrierCode()).isEqualTo(code);
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.retryable()).isEqualTo(retryable);
            assertThat(e.carrier()).isEqualTo("ups");
        });
    }

    @Test
    void throttlingIsRateLimitedWithTheRetryAfter() {
        ups.stubFor(post(urlEqualTo(RATE)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withBody("{\"response\":{\"errors\":[{\"code\":\"10429\",\"message\":\"Too Many Requests\"}]}}")));

        assertThatThrownBy(() -> carrier.rates(context(), SampleRequests.rates()).quotes()).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.RATE_LIMITED);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
            assertThat(e.retryable()).isTrue();
        });
    }

    @Test
    void validationErrorsNameTheUniversalFieldAndUnservedLanesAreNotServiceable() {
        ups.stubFor(post(urlEqualTo(RATE)).willReturn(aResponse().withStatus(400)
                .withBody("{\"response\":{\"errors\":[{\"code\":\"111286\",\"message\":\"Missing or invalid ship to postal code\"}]}}")));
        assertThatThrownBy(() -> carrier.rates(context(), SampleRequests.rates()).quotes()).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(e.field()).isEqualTo("recipient.postalCode");
        });

        ups.stubFor(post(urlEqualTo(RATE)).willReturn(aResponse().withStatus(400)
                .withBody("{\"response\":{\"errors\":[{\"code\":\"111210\",\"message\":\"The requested service is unavailable between the selected locations.\"}]}}")));
        assertThatThrownBy(() -> carrier.rates(context(), SampleRequests.rates()).quotes()).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE));

        ups.stubFor(delete(urlPathEqualTo("/api/shipments/" + UpsClient.SHIPPING_VERSION + "/void/cancel/" + AWB)).willReturn(aResponse()
                .withStatus(400).withBody("{\"response\":{\"errors\":[{\"code\":\"190102\",\"message\":\"No shipment found within the allowed void period\"}]}}")));
        assertThatThrownBy(() -> carrier.cancelShipment(context(), ShipmentRef.awb(AWB))).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE));
    }

    @Test
    void aCarrierThatDoesNotAnswerInTimeIsATimeout() {
        answer(get(urlPathEqualTo(TRACK)), "/ups/tracking/response.json");
        ups.stubFor(get(urlPathEqualTo(TRACK)).willReturn(json("{}").withFixedDelay(1500)));
        CarrierContext ctx = context();
        CarrierContext impatient = new CarrierContext(ctx.account(),
                new CarrierEndpoint(URI.create(ups.baseUrl()), Duration.ofMillis(300)), ctx.transport(), CLOCK);

        assertThatThrownBy(() -> carrier.track(impatient, ShipmentRef.awb(AWB))).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.TIMEOUT));
    }

    @Test
    void aBadSettingIsNamed() {
        assertThatThrownBy(() -> carrier.track(context(Map.of(UpsSettings.ACCOUNT_NUMBER, "12")), ShipmentRef.awb(AWB)))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                    assertThat(e.field()).isEqualTo(UpsSettings.ACCOUNT_NUMBER);
                });
    }

    /** A context of its own account (fresh token cache key), without the default token stub. */
    private static CarrierContext account() {
        CarrierAccount account = new CarrierAccount(UUID.randomUUID(), UpsCarrier.CODE, Map.of(UpsSettings.ACCOUNT_NUMBER, "1A2B3C"),
                Map.of(UpsSettings.CLIENT_ID, CLIENT_ID, UpsSettings.CLIENT_SECRET, CLIENT_SECRET));
        return new CarrierContext(account, new CarrierEndpoint(URI.create(ups.baseUrl()), Duration.ofSeconds(5)),
                CarrierTransport.standalone(), CLOCK);
    }
}

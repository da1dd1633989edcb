package io.shipgate.carrier.fedex;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierEndpoint;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fedexError;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FedEx's error answers as CarrierExceptions: category, FedEx's code and message, retry and field. */
@WireMockTest
class FedExErrorsTest {

    private static final String TRACK = "/track/v1/trackingnumbers";
    private static final String RATES = "/rate/v1/rates/quotes";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    @Test
    void thePublishedErrorIsAnInvalidRequestKeepingFedExsCodeAndMessage() {
        wm.getWireMock().register(post(urlEqualTo(TRACK)).willReturn(fedexError(400, "errors/error_response.json")));

        assertFails(() -> fedex.track(context(wm.getHttpBaseUrl()), ShipmentRef.awb("")), e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(e.carrierCode()).isEqualTo("TRACKING.TRACKINGNUMBER.EMPTY");
            assertThat(e.getMessage()).isEqualTo("Please provide tracking number.");
            assertThat(e.field()).isEqualTo("awb");
            assertThat(e.retryable()).isFalse();
        });
    }

    @Test
    void aNumberFedExHasNoRecordOfIsNotFoundNotABadRequest() {
        wm.getWireMock().register(post(urlEqualTo(TRACK)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"TRACKING.TRACKINGNUMBER.NOTFOUND\",\"message\":\"Tracking number cannot be found.\"}]}")));

        assertFails(() -> fedex.track(context(wm.getHttpBaseUrl()), ShipmentRef.awb("123456789012")), e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
            assertThat(e.carrierCode()).isEqualTo("TRACKING.TRACKINGNUMBER.NOTFOUND");
        });
    }

    @Test
    void theHumanReadableReasonIsTheMessageAndTheCodeIsKept() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"ACCOUNT.NUMBER.MISMATCH\",\"message\":\"The account number does not match.\","
                        + "\"parameterList\":[{\"key\":\"accountNumber\",\"value\":\"740561073\"}]},{\"code\":\"SHIPDATE.INVALID\"}]}")));

        assertFails(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()), e -> {
            assertThat(e.carrierCode()).isEqualTo("ACCOUNT.NUMBER.MISMATCH");
            assertThat(e.getMessage()).as("FedEx's text, the bare code only where FedEx gave none")
                    .isEqualTo("The account number does not match.; SHIPDATE.INVALID");
        });
    }

    @Test
    void anOAuthStyleRefusalReadsItsDescription() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"The request is missing a required parameter.\"}")));

        assertFails(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()), e -> {
            assertThat(e.carrierCode()).isEqualTo("invalid_request");
            assertThat(e.getMessage()).isEqualTo("The request is missing a required parameter.");
        });
    }

    @Test
    void aFieldFedExNamesIsTheUniversalRequestsField() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"transactionId\":\"t-1\",\"errors\":[{\"code\":\"RECIPIENT.POSTALCODE.INVALID\","
                        + "\"message\":\"Recipient postal code is invalid.\"},{\"code\":\"SHIPPER.COUNTRY.INVALID\",\"message\":\"Invalid country.\"}]}")));

        assertFails(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes(), e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(e.field()).isEqualTo("recipient.postalCode");
            assertThat(e.getMessage()).isEqualTo("Recipient postal code is invalid.; Invalid country.");
        });
    }

    @Test
    void aLaneFedExDoesNotServeIsNotServiceable() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"RATE.LOCATION.NOSERVICE\",\"message\":\"FedEx does not serve this lane.\"}]}")));

        assertFails(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes(),
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE));
    }

    @Test
    void aForbiddenAccountIsAnAuthenticationFailure() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"FORBIDDEN.ERROR\",\"message\":\"We could not authorize your credentials.\"}]}")));

        assertFails(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes(), e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
            assertThat(e.carrierCode()).isEqualTo("FORBIDDEN.ERROR");
        });
    }

    @Test
    void throttlingIsRateLimitedWithTheDelayFedExAsksFor() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"TOO.MANY.REQUESTS\",\"message\":\"We have received too many requests.\"}]}")));

        assertFails(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes(), e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.RATE_LIMITED);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
            assertThat(e.retryable()).isTrue();
        });
    }

    @Test
    void fedExDownIsUnavailableAndRetryableEvenWithoutAJsonBody() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));

        assertFails(() -> fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes(), e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.UNAVAILABLE);
            assertThat(e.carrierCode()).isEqualTo("HTTP_503");
            assertThat(e.retryable()).isTrue();
        });
    }

    @Test
    void aPurchaseFedExFailsInternallyIsNotRetriedBlindly() {
        wm.getWireMock().register(post(urlEqualTo("/ship/v1/shipments")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"INTERNAL.SERVER.ERROR\",\"message\":\"We encountered an unexpected error.\"}]}")));

        assertFails(() -> fedex.createShipment(context(wm.getHttpBaseUrl()), SampleRequests.domestic()), e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.UNAVAILABLE);
            assertThat(e.retryable()).as("FedEx may have sold the label").isFalse();
        });
    }

    @Test
    void noAnswerInTimeIsATimeout() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(okJson(fixture("rate/rating_response_canada.json")).withFixedDelay(1500)));
        CarrierContext slow = context(wm.getHttpBaseUrl());
        CarrierContext impatient = new CarrierContext(slow.account(), new CarrierEndpoint(URI.create(wm.getHttpBaseUrl()),
                Duration.ofMillis(300)), slow.transport(), slow.clock());

        assertFails(() -> fedex.rates(impatient, SampleRequests.rates()).quotes(),
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.TIMEOUT));
    }

    @Test
    void missingCredentialsAreTheAccountsAuthenticationProblem() {
        CarrierContext ctx = context(wm.getHttpBaseUrl());
        CarrierAccount withoutSecret = new CarrierAccount(ctx.account().id(), "fedex", ctx.account().settings(),
                java.util.Map.of(FedExSettings.CLIENT_ID, "id-only"));

        assertFails(() -> fedex.rates(new CarrierContext(withoutSecret, ctx.endpoint(), ctx.transport(), ctx.clock()), SampleRequests.rates()).quotes(),
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION));
    }

    private static void assertFails(ThrowableAssert.ThrowingCallable call, Consumer<CarrierException> check) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CarrierException.class, check);
    }
}

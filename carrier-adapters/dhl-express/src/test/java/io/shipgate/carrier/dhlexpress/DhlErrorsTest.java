package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierEndpoint;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.failure;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Every error shape MyDHL publishes, and the transport's own failures, as categories. */
@WireMockTest
class DhlErrorsTest {

    @Test
    void aBadRequestKeepsDhlsMessage(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(problem(400, "error/bad-request.json")));

        CarrierException e = failure(() -> CARRIER.rates(context(wm), SampleRequests.international().toRateRequest()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(e.carrier()).isEqualTo("dhl-express");
        assertThat(e.carrierCode()).isEqualTo("400");
        assertThat(e.getMessage()).isEqualTo("The account number is not found or invalid. Please check the account number and retry.");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void aServiceDhlDoesNotOfferOnTheLaneIsNotServiceableWithDhlsErrorNumber(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(problem(400, "error/not-serviceable.json")));

        CarrierException e = failure(() -> CARRIER.createShipment(context(wm), SampleRequests.international()));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(e.carrierCode()).isEqualTo("7008");
        assertThat(e.getMessage()).contains("is not available between this origin and destination");
    }

    @Test
    void schemaErrorsNameTheUniversalFieldAndListEveryProblem(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(problem(422, "error/validation.json")));

        CarrierException e = failure(() -> CARRIER.createShipment(context(wm), SampleRequests.international()));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(e.field()).isEqualTo("recipient.city");
        assertThat(e.carrierCode()).isEqualTo("422");
        assertThat(e.getMessage()).contains("Multiple problems found", "cityName: expected maxLength: 45", "fullName: expected maxLength: 255");
    }

    @Test
    void refusedCredentialsAreAnAuthenticationFailureThatIsNotRetried(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(status(401)));

        CarrierException e = failure(() -> CARRIER.rates(context(wm), SampleRequests.international().toRateRequest()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).isEqualTo("DHL Express answered HTTP 401 to rates").doesNotContain("s3cr3t", "apiKeyAbc");
    }

    @Test
    void throttlingIsRateLimitedWithDhlsRetryAfter(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(status(429).withHeader("Retry-After", "30")));

        CarrierException e = failure(() -> CARRIER.rates(context(wm), SampleRequests.international().toRateRequest()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.RATE_LIMITED);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void aProcessFailureIsUnavailableAndRetryable(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(problem(500, "error/process-error.json")));

        CarrierException e = failure(() -> CARRIER.rates(context(wm), SampleRequests.international().toRateRequest()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
        assertThat(e.carrierCode()).isEqualTo("999");
        assertThat(e.getMessage()).startsWith("999: Process failure occurred");
    }

    @Test
    void aCarrierThatDoesNotAnswerInTimeTimesOut(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("shipment/response.json")).withFixedDelay(2_000)));
        CarrierAccount account = new CarrierAccount(UUID.randomUUID(), DhlExpressCarrier.CODE,
                Map.of(DhlSettings.ACCOUNT_NUMBER, DhlTestAccount.ACCOUNT_NUMBER), DhlTestAccount.CREDENTIALS);
        CarrierContext impatient = new CarrierContext(account, new CarrierEndpoint(URI.create(wm.getHttpBaseUrl() + DhlTestAccount.BASE_PATH),
                Duration.ofMillis(300)), CarrierTransport.standalone(), DhlTestAccount.CLOCK);

        CarrierException e = failure(() -> CARRIER.createShipment(impatient, SampleRequests.international()));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.TIMEOUT);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void anAnswerThatIsNotDhlsJsonIsTheCarriersError(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>")));

        CarrierException e = failure(() -> CARRIER.rates(context(wm), SampleRequests.international().toRateRequest()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.UNKNOWN);
        assertThat(e.carrierCode()).isEqualTo("UNPARSEABLE_RESPONSE");
    }

    @Test
    void aBadAccountSettingIsNamedBeforeAnythingIsSent(WireMockRuntimeInfo wm) {
        CarrierException e = failure(() -> CARRIER.rates(context(wm, Map.of(DhlSettings.ACCOUNT_NUMBER, "ACC-1")),
                SampleRequests.international().toRateRequest()).quotes());
        CarrierException units = failure(() -> CARRIER.rates(context(wm, Map.of(DhlSettings.UNIT_OF_MEASUREMENT, "furlongs")),
                SampleRequests.international().toRateRequest()).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(e.field()).isEqualTo(DhlSettings.ACCOUNT_NUMBER);
        assertThat(units.field()).isEqualTo(DhlSettings.UNIT_OF_MEASUREMENT);
        assertThat(wm.getWireMock().getServeEvents()).isEmpty();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(fixture(fixture));
    }
}

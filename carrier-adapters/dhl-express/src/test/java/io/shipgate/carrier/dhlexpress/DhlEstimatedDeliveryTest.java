package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class DhlEstimatedDeliveryTest {

    @Test
    void everyProductOfTheLaneHasItsDeliveryDateFromDhlsProductData(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(okJson(fixture("rate/response.json"))));

        var estimates = CARRIER.estimateDelivery(context(wm),
                new EddRequest(SampleRequests.US_SHIPPER, SampleRequests.DE_RECIPIENT, LocalDate.of(2026, 11, 25), null, null));

        verify(postRequestedFor(urlEqualTo(path("/rates")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withRequestBody(matchingJsonPath("$.plannedShippingDateAndTime", equalTo("2026-11-25T12:00:00 GMT-05:00")))
                .withRequestBody(matchingJsonPath("$.estimatedDeliveryDate.isRequested", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.isCustomsDeclarable", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.packages[0].weight", equalTo("2.205"))) // one kilogram, in pounds
                .withRequestBody(matchingJsonPath("$.packages[0].dimensions", absent())));
        assertThat(estimates).containsExactly(new Edd("P", ServiceLevel.EXPRESS, LocalDate.of(2024, 11, 7), null, 4, false));
    }

    @Test
    void onlyTheAskedServiceIsEstimated(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(okJson(fixture("rate/response.json"))));

        var estimates = CARRIER.estimateDelivery(context(wm),
                new EddRequest(SampleRequests.US_SHIPPER, SampleRequests.DE_RECIPIENT, null, "K", null));

        assertThat(estimates).isEmpty();
    }
}

package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.failure;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, behaviour 5: the error reader prefers DHL's human-readable reason and keeps DHL's code. */
@WireMockTest
class DhlRefusalReasonsTest {

    @Test
    void aReasonOnlyInTheAdditionalDetailsIsTheMessageAndItsErrorNumberTheCode(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(problem(400, "error/reason-in-additional-details.json")));

        CarrierException e = failure(() -> CARRIER.rates(context(wm), SampleRequests.international().toRateRequest()));

        assertThat(e.getMessage()).isEqualTo("1001: The requested product(s) (P) not available based on your search criteria.");
        assertThat(e.carrierCode()).isEqualTo("1001");
        assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
    }

    @Test
    void aTitleThatSaysMoreThanTheHttpStatusIsTheMessage(WireMockRuntimeInfo wm) {
        stubFor(delete(urlPathEqualTo(path("/pickups/PRG211126000382"))).willReturn(problem(404, "error/title-only.json")));

        CarrierException e = failure(() -> CARRIER.cancelPickup(context(wm),
                new PickupRef("PRG211126000382", null, null)));

        assertThat(e.getMessage()).isEqualTo("Pickup not found");
        assertThat(e.carrierCode()).isEqualTo("404");
        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(fixture(fixture));
    }
}

package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Edd;
import io.shipgate.carrier.model.EddRequest;
import io.shipgate.carrier.model.ServiceLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

/** EDD: FedEx's commitments from a rate quote with transit times. */
@WireMockTest
class FedExEstimateDeliveryTest {

    private static final EddRequest VANCOUVER_TO_LAS_VEGAS = new EddRequest(Address.location("V6M2V9", "CA"),
            Address.location("89109", "US"), LocalDate.of(2024, 7, 19), null, null);

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
        wm.getWireMock().register(post(urlEqualTo("/rate/v1/rates/quotes"))
                .willReturn(okJson(fixture("rate/rating_response_international.json"))));
    }

    @Test
    void theLaneIsQuotedWithTransitTimesForADefaultPound() {
        fedex.estimateDelivery(context(wm.getHttpBaseUrl()), VANCOUVER_TO_LAS_VEGAS);

        JsonNode request = sent(wm.getWireMock(), "POST", "/rate/v1/rates/quotes");
        assertRequest(request, "rate/expected_request_edd.json");
        FedExContract.assertConformsTo(request, json("rate/published_request.json"));
        assertThat(request.at("/rateRequestControlParameters/returnTransitTimes").asBoolean()).isTrue();
    }

    @Test
    void onlyServicesFedExCommitsToHaveAnEstimate() {
        List<Edd> estimates = fedex.estimateDelivery(context(wm.getHttpBaseUrl()), VANCOUVER_TO_LAS_VEGAS);

        assertThat(estimates).containsExactly(new Edd("FEDEX_GROUND", ServiceLevel.STANDARD, LocalDate.of(2024, 7, 25), null, 4, false));
    }

    @Test
    void aNamedServiceWithoutCommitmentHasNoEstimate() {
        EddRequest priority = new EddRequest(VANCOUVER_TO_LAS_VEGAS.origin(), VANCOUVER_TO_LAS_VEGAS.destination(), null,
                "FEDEX_INTERNATIONAL_PRIORITY", null);

        assertThat(fedex.estimateDelivery(context(wm.getHttpBaseUrl()), priority)).isEmpty();
        assertThat(sent(wm.getWireMock(), "POST", "/rate/v1/rates/quotes").at("/requestedShipment/shipDateStamp").asText())
                .as("today by the context's clock").isEqualTo("2026-11-24");
    }
}

package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, behaviour 1: FedEx reuses tracking numbers and answers one number with one track
 * result per shipment. The result of the shipment is read (nearest ship date, else the latest
 * scan), never the first by position, never a merge; the raw data says which was chosen.
 */
@WireMockTest
class FedExReusedNumberTest {

    private static final String AWB = "794791341818";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
        wm.getWireMock().register(post(urlEqualTo("/track/v1/trackingnumbers"))
                .willReturn(okJson(fixture("tracking/tracking_response_reused_number.json"))));
    }

    private TrackingResult track(LocalDate shipDate) {
        return fedex.track(context(wm.getHttpBaseUrl()), new ShipmentRef(AWB, null, shipDate));
    }

    @Test
    void theShipmentShippedOnItsShipDateIsReadNotTheOlderOneListedFirst() {
        TrackingResult tracking = track(LocalDate.of(2024, 7, 19));

        assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(tracking.events()).hasSize(9).extracting(TrackingEvent::carrierCode).startsWith("OC").endsWith("DL");
        assertThat(tracking.events()).noneMatch(e -> e.occurredAt().getYear() == 2019);
        JsonNode raw = FedExTestSupport.parse(tracking.carrierPayload());
        assertThat(raw.at("/shipgateChoice/trackResult").asInt()).isEqualTo(1);
        assertThat(raw.at("/shipgateChoice/of").asInt()).isEqualTo(2);
        assertThat(raw.at("/shipgateChoice/by").asText()).isEqualTo("shipDate");
        assertThat(raw.at("/shipgateChoice/uniqueId").asText()).isEqualTo("12024~794791341818~FDEG");
        assertThat(raw.at("/answer/output/completeTrackResults/0/trackResults")).hasSize(2);
    }

    @Test
    void theOlderShipmentIsReadAloneWhenItIsTheOneShippedThen() {
        TrackingResult tracking = track(LocalDate.of(2019, 3, 11));

        assertThat(tracking.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(tracking.events()).extracting(TrackingEvent::carrierCode).containsExactlyInAnyOrder("PU", "IT");
    }

    @Test
    void withoutAShipDateTheShipmentScannedLastIsRead() {
        TrackingResult tracking = track(null);

        assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(FedExTestSupport.parse(tracking.carrierPayload()).at("/shipgateChoice/by").asText()).isEqualTo("latestScan");
    }

    @Test
    void aPushOfAReusedNumberIsOneTrackingTheShipmentScannedLast() {
        java.util.List<TrackingResult> pushed = io.shipgate.carrier.fedex.webhook.FedExWebhookMapper.parseAll(
                fixture("tracking/tracking_response_reused_number.json").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(pushed).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(TrackingStatus.DELIVERED);
            assertThat(result.events()).hasSize(9);
        });
    }

    @Test
    void aSingleResultKeepsFedExsAnswerAsItCame() {
        wm.getWireMock().register(post(urlEqualTo("/track/v1/trackingnumbers"))
                .willReturn(okJson(fixture("tracking/tracking_response_history.json"))));

        TrackingResult tracking = track(LocalDate.of(2024, 7, 19));

        assertThat(FedExTestSupport.parse(tracking.carrierPayload()).has("shipgateChoice")).isFalse();
    }
}

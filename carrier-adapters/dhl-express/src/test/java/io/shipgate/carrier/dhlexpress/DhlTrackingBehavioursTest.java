package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15's tracking behaviours, as they apply to MyDHL's tracking answer. */
@WireMockTest
class DhlTrackingBehavioursTest {

    @Test
    void aReusedAwbIsTrackedAsTheShipmentWithTheLatestCheckpointAndTheChoiceIsInTheRawData(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/4937051260/tracking"))).willReturn(okJson(fixture("tracking/reused-awb.json"))));

        TrackingResult tracking = CARRIER.track(context(wm), ShipmentRef.awb("4937051260"));

        assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(tracking.events()).hasSize(5).extracting(TrackingEvent::occurredAt)
                .allMatch(at -> at.getYear() == 2026)
                .last().isEqualTo(OffsetDateTime.parse("2026-11-24T11:52:00+01:00"));
        assertThat(tracking.carrierPayload()).contains("\"shipgateChosenShipment\":{", "\"index\":1", "\"candidates\":2");
    }
}

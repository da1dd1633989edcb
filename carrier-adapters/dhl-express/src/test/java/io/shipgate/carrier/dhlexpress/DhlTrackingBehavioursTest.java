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
import static org.assertj.core.groups.Tuple.tuple;

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

    @Test
    void aCheckpointWithoutOffsetKeepsItsLocalTimeWithTheOffsetOfItsPlaceOrMarkedUnknown(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/7318460925/tracking"))).willReturn(okJson(fixture("tracking/no-offsets.json"))));

        TrackingResult tracking = CARRIER.track(context(wm), ShipmentRef.awb("7318460925"));

        assertThat(tracking.events()).extracting(TrackingEvent::carrierCode, TrackingEvent::occurredAt, TrackingEvent::offsetKnown)
                .containsExactly(
                        tuple("PU", OffsetDateTime.parse("2026-11-24T17:45:00+01:00"), true),
                        tuple("DF", OffsetDateTime.parse("2026-11-25T02:10:00+01:00"), true),
                        tuple("AF", OffsetDateTime.parse("2026-11-25T09:20:00Z"), false),
                        tuple("AR", OffsetDateTime.parse("2026-11-26T06:35:00Z"), false));
        assertThat(tracking.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
    }
}

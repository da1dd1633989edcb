package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tracking by AWB: {@code POST /track/v1/trackingnumbers} with detailed scans. */
@WireMockTest
class FedExTrackingTest {

    private static final String TRACK = "/track/v1/trackingnumbers";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    private TrackingResult track(String fixture, String awb) {
        wm.getWireMock().register(post(urlEqualTo(TRACK)).willReturn(okJson(fixture(fixture))));
        return fedex.track(context(wm.getHttpBaseUrl()), ShipmentRef.awb(awb));
    }

    @Test
    void thePublishedAnswerIsOnePickedUpScanInSeattleAtItsOwnOffset() {
        TrackingResult tracking = track("tracking/tracking_response.json", "123456789012");

        JsonNode request = sent(wm.getWireMock(), "POST", TRACK);
        assertRequest(request, "tracking/expected_request.json");
        FedExContract.assertConformsTo(request, json("tracking/published_request.json"));

        assertThat(tracking.awb()).isEqualTo("123456789012");
        assertThat(tracking.status()).isEqualTo(TrackingStatus.PICKED_UP);
        assertThat(tracking.events()).containsExactly(new TrackingEvent(TrackingStatus.PICKED_UP, null, "PU", "Picked Up",
                new EventLocation("SEATTLE", "WA", "98101", "US"), OffsetDateTime.of(2018, 2, 2, 12, 1, 0, 0, ZoneOffset.ofHours(-7))));
        assertThat(tracking.estimatedDelivery()).as("the start of FedEx's estimated window").isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(tracking.latestDelivery()).as("the end of FedEx's estimated window").isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(tracking.carrierPayload()).contains("completeTrackResults");
    }

    @Test
    void aJourneyIsOrderedOldestFirstWithTheFailedAttemptsReasonAndEveryOffsetKept() {
        TrackingResult tracking = track("tracking/tracking_response_history.json", "794791341818");

        assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(TrackingStatus.MANIFESTED,
                TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT,
                TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.FAILED_DELIVERY, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);
        assertThat(tracking.events()).extracting(TrackingEvent::carrierCode).containsExactly("OC", "PU", "DP", "AR", "IT", "OD", "DE", "OD", "DL");
        TrackingEvent memphis = tracking.events().get(3);
        assertThat(memphis.occurredAt()).isEqualTo(OffsetDateTime.parse("2024-07-20T06:05:00-05:00"));
        assertThat(memphis.occurredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(memphis.location().describe()).isEqualTo("MEMPHIS, TN, US");
        TrackingEvent failed = tracking.events().get(6);
        assertThat(failed.ndrReason()).isEqualTo(NdrReason.CONSIGNEE_UNAVAILABLE);
        assertThat(failed.carrierText()).isEqualTo("Delivery exception: Customer not available or business closed");
        assertThat(tracking.events()).filteredOn(e -> e.status() != TrackingStatus.FAILED_DELIVERY)
                .allSatisfy(e -> assertThat(e.ndrReason()).isNull());
    }

    @Test
    void aNumberFedExDoesNotKnowIsNotFoundNamingTheAwb() {
        assertThatThrownBy(() -> track("tracking/tracking_response.json", "39936862321"))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).as("issue 15, behaviour 3: not found, not a new label").isEqualTo(CarrierErrorCategory.NOT_FOUND);
                    assertThat(e.carrierCode()).isEqualTo("TRACKING.TRACKINGNUMBER.NOTFOUND");
                    assertThat(e.getMessage()).startsWith("Tracking number cannot be found.");
                    assertThat(e.field()).isEqualTo("awb");
                });
    }
}

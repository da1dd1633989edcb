package io.shipgate.carrier.fedex;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, behaviours 2 and 10: scan times FedEx writes without a UTC offset are kept (the offset
 * from the scan's place, else the local time with the offset unknown); a delivered shipment carries
 * its delivery time and no estimate; an estimate keeps FedEx's window.
 */
@WireMockTest
class FedExTrackingTimesTest {

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    private TrackingResult track(String fixture) {
        wm.getWireMock().register(post(urlEqualTo("/track/v1/trackingnumbers")).willReturn(okJson(fixture(fixture))));
        return fedex.track(context(wm.getHttpBaseUrl()), ShipmentRef.awb("794791341818"));
    }

    @Test
    void scansWithoutAnOffsetAreKeptAtTheirPlacesLocalTime() {
        TrackingResult tracking = track("tracking/tracking_response_local_times.json");

        assertThat(tracking.events()).as("no scan dropped").hasSize(9);
        TrackingEvent delivered = tracking.events().getLast();
        assertThat(delivered.carrierCode()).isEqualTo("DL");
        assertThat(delivered.occurredAt()).as("Las Vegas, NV: Pacific time").isEqualTo(OffsetDateTime.parse("2024-07-23T14:12:00-07:00"));
        assertThat(delivered.offsetKnown()).isTrue();
        TrackingEvent richmond = tracking.events().stream().filter(e -> "PU".equals(e.carrierCode())).findFirst().orElseThrow();
        assertThat(richmond.occurredAt()).as("Richmond, BC").isEqualTo(OffsetDateTime.parse("2024-07-19T16:45:00-07:00"));
        TrackingEvent memphis = tracking.events().stream().filter(e -> "IT".equals(e.carrierCode())).findFirst().orElseThrow();
        assertThat(memphis.offsetKnown()).as("a US scan without a state: the zone cannot be told").isFalse();
        assertThat(memphis.occurredAt()).as("the wall-clock time, offset unknown").isEqualTo(OffsetDateTime.parse("2024-07-20T09:40:00Z"));
        assertThat(tracking.deliveredAt()).isEqualTo(OffsetDateTime.parse("2024-07-23T14:12:00-07:00"));
    }

    @Test
    void aDeliveredShipmentCarriesItsDeliveryTimeAndNoEstimate() {
        TrackingResult tracking = track("tracking/tracking_response_delivered_with_estimate.json");

        assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(tracking.deliveredAt()).isEqualTo(OffsetDateTime.parse("2024-07-23T14:12:00-07:00"));
        assertThat(tracking.estimatedDelivery()).isNull();
        assertThat(tracking.latestDelivery()).isNull();
    }

    @Test
    void anEstimateKeepsFedExsWindowEarliestAndLatest() {
        TrackingResult tracking = track("tracking/tracking_response_in_transit_window.json");

        assertThat(tracking.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(tracking.estimatedDelivery()).as("the window's first day, not its end").isEqualTo(LocalDate.of(2024, 7, 22));
        assertThat(tracking.latestDelivery()).isEqualTo(LocalDate.of(2024, 7, 24));
        assertThat(tracking.deliveredAt()).isNull();
    }
}

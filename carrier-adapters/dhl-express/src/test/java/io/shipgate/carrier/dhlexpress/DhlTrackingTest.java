package io.shipgate.carrier.dhlexpress;

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
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@WireMockTest
class DhlTrackingTest {

    @Test
    void everyCheckpointKeepsItsLocalTimeAndOffsetOldestFirst(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/1234567890/tracking"))).willReturn(okJson(fixture("tracking/response.json"))));

        TrackingResult tracking = CARRIER.track(context(wm), ShipmentRef.awb("1234567890"));

        verify(getRequestedFor(urlEqualTo(path("/shipments/1234567890/tracking?trackingView=all-checkpoints&levelOfDetail=shipment"
                + "&requestGMTOffsetPerEvent=true")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withHeader("Accept", equalTo("application/json")));
        assertThat(tracking.awb()).isEqualTo("1234567890");
        assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
        // issue 15, behaviour 10: a delivered shipment has its delivery time, not DHL's estimate (2024-11-07T18:00)
        assertThat(tracking.estimatedDelivery()).isNull();
        assertThat(tracking.deliveredAt()).isEqualTo(OffsetDateTime.parse("2024-11-07T18:00:00Z"));
        assertThat(tracking.events()).extracting(TrackingEvent::status, TrackingEvent::carrierCode, TrackingEvent::carrierText,
                TrackingEvent::location, TrackingEvent::occurredAt).containsExactly(
                tuple(TrackingStatus.PICKED_UP, "PU", "Shipment picked up", new EventLocation("Prague", null, null, "CZ"),
                        OffsetDateTime.parse("2024-11-05T10:00:00+01:00")),
                tuple(TrackingStatus.IN_TRANSIT, "PL", "Processed at DHL facility", new EventLocation("New York", null, null, "US"),
                        OffsetDateTime.parse("2024-11-07T12:00:00Z")),
                tuple(TrackingStatus.DELIVERED, "OK", "Delivered", new EventLocation("New York", null, null, "US"),
                        OffsetDateTime.parse("2024-11-07T18:00:00Z")));
        assertThat(tracking.events().getFirst().occurredAt().getOffset().getId()).isEqualTo("+01:00");
        assertThat(tracking.carrierPayload()).contains("\"signedBy\":\"J. Smith\"");
    }

    @Test
    void failedAttemptsAreFailedDeliveriesWithTheirNdrReasonAndUnknownCodesAreKept(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/5786694550/tracking"))).willReturn(okJson(fixture("tracking/failed-attempts.json"))));

        TrackingResult tracking = CARRIER.track(context(wm), ShipmentRef.awb("5786694550"));

        assertThat(tracking.events()).extracting(TrackingEvent::carrierCode, TrackingEvent::status, TrackingEvent::ndrReason)
                .containsExactly(
                        tuple("PU", TrackingStatus.PICKED_UP, null),
                        tuple("DF", TrackingStatus.IN_TRANSIT, null),
                        tuple("CR", TrackingStatus.IN_TRANSIT, null),
                        tuple("WC", TrackingStatus.OUT_FOR_DELIVERY, null),
                        tuple("NH", TrackingStatus.FAILED_DELIVERY, NdrReason.CONSIGNEE_UNAVAILABLE),
                        tuple("CA", TrackingStatus.FAILED_DELIVERY, NdrReason.PREMISES_CLOSED),
                        tuple("BA", TrackingStatus.FAILED_DELIVERY, NdrReason.ADDRESS_ISSUE),
                        tuple("ZZ", TrackingStatus.UNKNOWN, null),
                        tuple("RD", TrackingStatus.FAILED_DELIVERY, NdrReason.REFUSED));
        assertThat(tracking.status()).isEqualTo(TrackingStatus.FAILED_DELIVERY);
        assertThat(tracking.events().getFirst().location()).isEqualTo(new EventLocation("SYDNEY", null, null, "AU"));
        assertThat(tracking.events().getFirst().occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T13:56:21+11:00"));
        // DHL gave the CA checkpoint no offset: it is Auckland's, from the area's other checkpoints
        assertThat(tracking.events().get(5).occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T11:20:00+13:00"));
        assertThat(tracking.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void afterAReturnToTheShipperTheCheckpointsAreTheReturns(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/5786694760/tracking"))).willReturn(okJson(fixture("tracking/returned.json"))));

        TrackingResult tracking = CARRIER.track(context(wm), ShipmentRef.awb("5786694760"));

        assertThat(tracking.events()).extracting(TrackingEvent::carrierCode, TrackingEvent::status).containsExactly(
                tuple("PU", TrackingStatus.PICKED_UP),
                tuple("RD", TrackingStatus.FAILED_DELIVERY),
                tuple("RT", TrackingStatus.RTO_IN_TRANSIT),
                tuple("AF", TrackingStatus.RTO_IN_TRANSIT),
                tuple("WC", TrackingStatus.RTO_OUT_FOR_DELIVERY),
                tuple("OK", TrackingStatus.RTO_DELIVERED));
        assertThat(tracking.status()).isEqualTo(TrackingStatus.RTO_DELIVERED);
        assertThat(tracking.events().get(4).location()).isEqualTo(new EventLocation("Berlin", null, null, "DE"));
    }

    /** Issue 15, behaviour 3: DHL's 404 "No data found" is not a new label (MANIFESTED with no events) but NOT_FOUND. */
    @Test
    void anAwbDhlHasNoDataForIsNotFoundNotANewLabel(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/1251820953/tracking")))
                .willReturn(notFound().withHeader("Content-Type", "application/problem+json").withBody(fixture("error/tracking-not-found.json"))));

        CarrierException e = DhlTestAccount.failure(() -> CARRIER.track(context(wm), ShipmentRef.awb("1251820953")));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("No data found");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void anAnswerWithoutTheShipmentIsNotFoundToo(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/1251820953/tracking"))).willReturn(okJson("{\"shipments\":[]}")));

        CarrierException e = DhlTestAccount.failure(() -> CARRIER.track(context(wm), ShipmentRef.awb("1251820953")));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
    }
}

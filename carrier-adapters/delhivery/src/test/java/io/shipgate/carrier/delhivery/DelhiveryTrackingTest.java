package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.AWB;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.RETURN_AWB;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracking by poll: every lifecycle (forward, failed attempt, RTO, reverse pickup) normalized, times in IST. */
@WireMockTest
class DelhiveryTrackingTest {

    private static final String PACKAGES = "/api/v1/packages/json/";

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        ctx = DelhiveryFixtures.context(wm);
    }

    private TrackingResult track(String awb, String fixture) {
        stubFor(get(urlPathEqualTo(PACKAGES)).willReturn(ok(fixture)));
        return carrier.track(ctx, ShipmentRef.awb(awb));
    }

    @Test
    void aFailedAttemptIsFailedDeliveryWithItsNdrReasonAndEveryScanKeepsItsPlaceAndIstTime() {
        TrackingResult result = track(AWB, "tracking/failed-attempt.json");

        verify(getRequestedFor(urlEqualTo(PACKAGES + "?waybill=" + AWB))
                .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN)));
        assertThat(result.awb()).isEqualTo(AWB);
        assertThat(result.status()).isEqualTo(TrackingStatus.FAILED_DELIVERY);
        assertThat(result.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(result.events()).extracting(TrackingEvent::status).containsExactly(
                TrackingStatus.MANIFESTED, TrackingStatus.PICKUP_PENDING, TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT,
                TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY,
                TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.FAILED_DELIVERY);
        TrackingEvent failed = result.events().getLast();
        assertThat(failed.ndrReason()).isEqualTo(NdrReason.REFUSED);
        assertThat(failed.carrierCode()).isEqualTo("EOD-74");
        assertThat(failed.carrierText()).isEqualTo("Consignee refused to accept");
        assertThat(failed.location()).isEqualTo(new EventLocation("Bengaluru", "Karnataka", null, "IN"));
        assertThat(failed.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T13:26:12.207+05:30"));
        assertThat(result.events()).filteredOn(e -> e.status() != TrackingStatus.FAILED_DELIVERY).allMatch(e -> e.ndrReason() == null);
        assertThat(result.events().get(3).occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-24T19:12:37.790+05:30"));
        assertThat(result.carrierPayload()).contains("EOD-74").doesNotContain("Consignee\"").doesNotContain("9123456780");
    }

    @Test
    void aReusedWaybillIsTheShipmentWithTheLatestScanNeverAMergeAndTheRawAnswerSaysSo() {
        TrackingResult result = track(AWB, "tracking/reused-waybill.json");

        assertThat(result.status()).as("the new booking, not the delivered one listed last").isEqualTo(TrackingStatus.PICKUP_PENDING);
        assertThat(result.deliveredAt()).isNull();
        assertThat(result.events()).allMatch(e -> e.occurredAt().getYear() == 2026);
        assertThat(result.carrierPayload()).contains("\"shipgateChosen\"", "\"of\":2", "2026-11-24T10:05:40+05:30");
    }

    @Test
    void aDeliveredShipmentEndsDelivered() {
        TrackingResult result = track(AWB, "tracking/delivered.json");
        assertThat(result.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(result.events().getLast().carrierCode()).isEqualTo("EOD-38");
        assertThat(result.events().getLast().occurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-28T11:41:19.002+05:30"));
    }

    @Test
    void aDeliveredShipmentCarriesItsDeliveryTimeAndNoEstimate() {
        TrackingResult result = track(AWB, "tracking/delivered.json");

        assertThat(result.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(result.estimatedDelivery()).as("ExpectedDeliveryDate is kept out once delivered").isNull();
        assertThat(result.latestDelivery()).isNull();
        assertThat(result.deliveredAt()).isEqualTo(java.time.OffsetDateTime.parse("2026-11-28T11:41:19.002+05:30"));
    }

    @Test
    void anEstimateBeforeThePickupDateIsNoEstimate() {
        TrackingResult result = track(AWB, "tracking/stale-estimate.json");

        assertThat(result.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(result.estimatedDelivery()).as("the 21st is before the pickup on the 24th: the promised 28th instead")
                .isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(DelhiveryScans.estimate("2026-11-21T23:59:59", "2026-11-22T23:59:59", LocalDate.of(2026, 11, 24))).isNull();
        assertThat(DelhiveryScans.estimate("2026-11-21T23:59:59", null, null)).as("before pickup, nothing to compare")
                .isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void theRtoLegsAreTheRtoStatuses() {
        TrackingResult result = track(AWB, "tracking/rto.json");
        assertThat(result.status()).isEqualTo(TrackingStatus.RTO_DELIVERED);
        assertThat(result.events()).extracting(TrackingEvent::status).endsWith(
                TrackingStatus.FAILED_DELIVERY, TrackingStatus.RTO_IN_TRANSIT, TrackingStatus.RTO_IN_TRANSIT,
                TrackingStatus.RTO_OUT_FOR_DELIVERY, TrackingStatus.RTO_DELIVERED);
        assertThat(result.events()).filteredOn(e -> e.status() == TrackingStatus.FAILED_DELIVERY)
                .singleElement().extracting(TrackingEvent::ndrReason).isEqualTo(NdrReason.COD_NOT_READY);
    }

    @Test
    void theReversePickupLegsAreTheReturnStatuses() {
        TrackingResult result = track(RETURN_AWB, "tracking/reverse-pickup.json");
        assertThat(result.awb()).isEqualTo(RETURN_AWB);
        assertThat(result.status()).isEqualTo(TrackingStatus.RETURN_DELIVERED);
        assertThat(result.events()).extracting(TrackingEvent::status).containsExactly(
                TrackingStatus.RETURN_REQUESTED, TrackingStatus.RETURN_REQUESTED, TrackingStatus.OUT_FOR_PICKUP,
                TrackingStatus.RETURN_PICKED_UP, TrackingStatus.RETURN_IN_TRANSIT, TrackingStatus.RETURN_IN_TRANSIT,
                TrackingStatus.RETURN_DELIVERED);
        assertThat(result.estimatedDelivery()).as("PromisedDeliveryDate when there is no ExpectedDeliveryDate")
                .isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void aWaybillDelhiveryDoesNotKnowIsNotFoundNotANewLabel() {
        var unknown = failure(() -> track("99999999999999", "tracking/unknown-waybill.json"));
        assertThat(unknown.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
        assertThat(unknown.carrierCode()).isEqualTo("UNKNOWN_WAYBILL");
        assertThat(unknown.getMessage()).contains("No such waybill or Order Id found");
    }
}

package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.CLOCK;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

/** Courier pickups: {@code POST /pickup/v1/pickups} and {@code PUT /pickup/v1/pickups/cancel}. */
@WireMockTest
class FedExPickupTest {

    private static final PickupRequest TODAY_AT_THE_WAREHOUSE = new PickupRequest(SampleRequests.US_SHIPPER, LocalDate.of(2026, 11, 24),
            LocalTime.of(14, 0), LocalTime.of(18, 30), 3, Weight.of("9", WeightUnit.KG), List.of(), "Ring at the loading dock");

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    @Test
    void aPickupIsBookedForTheLocationsLocalWindow() {
        wm.getWireMock().register(post(urlEqualTo("/pickup/v1/pickups")).willReturn(okJson(fixture("pickup/pickup_response.json"))));

        PickupConfirmation confirmation = fedex.schedulePickup(context(wm.getHttpBaseUrl()), TODAY_AT_THE_WAREHOUSE);

        JsonNode request = sent(wm.getWireMock(), "POST", "/pickup/v1/pickups");
        assertRequest(request, "pickup/expected_request.json");
        FedExContract.assertConformsTo(request, json("pickup/published_request.json"));
        assertThat(request.at("/totalWeight/units").asText()).as("a US location in pounds").isEqualTo("LB");
        assertThat(request.at("/totalWeight/value").decimalValue()).isEqualByComparingTo("19.84");

        assertThat(confirmation.pickupId()).isEqualTo("3001@COSA");
        assertThat(confirmation.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(confirmation.readyFrom()).isEqualTo(LocalTime.of(14, 0));
        assertThat(confirmation.readyUntil()).isEqualTo(LocalTime.of(18, 30));
        assertThat(confirmation.carrierPayload()).contains("Courier on the way");
    }

    @Test
    void aLaterPickupIsAFutureDayWithGround() {
        wm.getWireMock().register(post(urlEqualTo("/pickup/v1/pickups")).willReturn(okJson(fixture("pickup/pickup_response.json"))));
        PickupRequest later = new PickupRequest(TODAY_AT_THE_WAREHOUSE.location(), LocalDate.of(2026, 11, 26), LocalTime.of(9, 0),
                LocalTime.of(17, 0), 1, null, List.of(), null);

        fedex.schedulePickup(context(wm.getHttpBaseUrl(), Map.of(FedExSettings.PICKUP_CARRIER_CODE, "FDXG"), Map.of(), CLOCK), later);

        JsonNode request = sent(wm.getWireMock(), "POST", "/pickup/v1/pickups");
        assertThat(request.at("/originDetail/pickupDateType").asText()).isEqualTo("FUTURE_DAY");
        assertThat(request.at("/originDetail/readyDateTimestamp").asText()).isEqualTo("2026-11-26T09:00:00Z");
        assertThat(request.at("/carrierCode").asText()).isEqualTo("FDXG");
        assertThat(request.has("totalWeight")).isFalse();
    }

    @Test
    void aPickupIsCancelledWithItsCodeDateAndLocation() {
        wm.getWireMock().register(put(urlEqualTo("/pickup/v1/pickups/cancel")).willReturn(okJson(fixture("pickup/cancel_pickup_response.json"))));

        fedex.cancelPickup(context(wm.getHttpBaseUrl()), new PickupRef("3001@COSA", LocalDate.of(2026, 11, 24), null));

        JsonNode request = sent(wm.getWireMock(), "PUT", "/pickup/v1/pickups/cancel");
        assertRequest(request, "pickup/expected_cancel_request.json");
        FedExContract.assertConformsTo(request, json("pickup/published_cancel_request.json"));
    }
}

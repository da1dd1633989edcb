package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Pickup requests at a registered warehouse. */
@WireMockTest
class DelhiveryPickupTest {

    private static final String PICKUP = "/fm/request/new/";

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        ctx = DelhiveryFixtures.context(wm);
    }

    private static PickupRequest pickup(Address location, LocalDate date) {
        return new PickupRequest(location, date, LocalTime.of(11, 0), LocalTime.of(18, 0), 5, null, List.of(), null);
    }

    @Test
    void aPickupIsRequestedForTheAccountsWarehouse() {
        stubFor(post(urlEqualTo(PICKUP)).willReturn(ok("pickup/success.json")));

        PickupConfirmation confirmation = carrier.schedulePickup(ctx, pickup(SampleRequests.IN_SHIPPER.withPhone(null), LocalDate.of(2026, 11, 25)));

        verify(postRequestedFor(urlEqualTo(PICKUP))
                .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN))
                .withRequestBody(equalToJson("""
                        {"pickup_location": "Kirana Retail", "pickup_date": "2026-11-25", "pickup_time": "11:00:00",
                         "expected_package_count": 5}""")));
        assertThat(confirmation.pickupId()).isEqualTo("84213567");
        assertThat(confirmation.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(confirmation.readyFrom()).isEqualTo(LocalTime.of(11, 0));
        assertThat(confirmation.readyUntil()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void withoutAWarehouseNameTheAccountsPickupLocationIsUsed() {
        stubFor(post(urlEqualTo(PICKUP)).willReturn(ok("pickup/success.json")));
        carrier.schedulePickup(ctx, pickup(Address.location("122015", "IN"), LocalDate.of(2026, 11, 24)));
        verify(postRequestedFor(urlEqualTo(PICKUP)).withRequestBody(equalToJson("""
                {"pickup_location": "KIRANA SURFACE", "pickup_date": "2026-11-24", "pickup_time": "11:00:00", "expected_package_count": 5}""")));
    }

    @Test
    void aSecondRequestForTheDayIsRefusedInThatStateAndThePastIsInvalid() {
        stubFor(post(urlEqualTo(PICKUP)).willReturn(ok("pickup/already-requested.json")));
        CarrierException exists = failure(() -> carrier.schedulePickup(ctx, pickup(SampleRequests.IN_SHIPPER, LocalDate.of(2026, 11, 25))));
        assertThat(exists.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
        assertThat(exists.getMessage()).contains("already exists");

        CarrierException past = failure(() -> carrier.schedulePickup(ctx, pickup(SampleRequests.IN_SHIPPER, LocalDate.of(2026, 11, 23))));
        assertThat(past.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(past.field()).isEqualTo("date");
        verify(1, anyRequestedFor(anyUrl()));
        assertThat(carrier.descriptor().capabilities().supports(Capability.CANCEL_PICKUP)).as("Delhivery has no pickup cancellation").isFalse();
    }
}

package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.failure;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class DhlPickupTest {

    private static final PickupRequest PICKUP = new PickupRequest(SampleRequests.US_SHIPPER, LocalDate.of(2026, 11, 25),
            LocalTime.of(10, 0), LocalTime.of(18, 0), 3, Weight.of("6", WeightUnit.KG), List.of("1234567890", "2345678901"),
            "Ring the bell at the loading dock");

    @Test
    void aPickupIsBookedAtThePlacesLocalTimeWithTheOffsetDhlGivesItsServiceArea(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/address-validate"))).willReturn(okJson(fixture("address/response.json"))));
        stubFor(post(path("/pickups")).willReturn(okJson(fixture("pickup/create-response.json")).withStatus(201)));

        PickupConfirmation confirmation = CARRIER.schedulePickup(context(wm), PICKUP);

        verify(getRequestedFor(urlPathEqualTo(path("/address-validate")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withQueryParam("type", equalTo("pickup"))
                .withQueryParam("countryCode", equalTo("US"))
                .withQueryParam("postalCode", equalTo("10005"))
                .withQueryParam("cityName", equalTo("New York")));
        verify(postRequestedFor(urlEqualTo(path("/pickups")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withRequestBody(equalToJson(fixture("pickup/create-request.json"))));
        assertThat(confirmation.pickupId()).isEqualTo("PRG201220123456");
        assertThat(confirmation.date()).isEqualTo(LocalDate.of(2024, 11, 6));
        assertThat(confirmation.readyFrom()).isEqualTo(LocalTime.of(10, 0));
        assertThat(confirmation.readyUntil()).isEqualTo(LocalTime.of(18, 0));
        assertThat(confirmation.carrierPayload()).contains("PRG201220123456");
    }

    @Test
    void noPickupIsBookedWhereDhlDoesNotPickUp(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/address-validate"))).willReturn(notFound()));

        CarrierException e = failure(() -> CARRIER.schedulePickup(context(wm), PICKUP));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(e.field()).isEqualTo("location");
        verify(exactly(0), postRequestedFor(urlEqualTo(path("/pickups"))));
    }

    @Test
    void aPickupIsCancelledNamingWhoCancelsAndWhy(WireMockRuntimeInfo wm) {
        stubFor(delete(urlPathEqualTo(path("/pickups/PRG201220123456"))).willReturn(okJson(fixture("pickup/cancel-response.json"))));

        CARRIER.cancelPickup(context(wm), new PickupRef("PRG201220123456", LocalDate.of(2026, 11, 25), SampleRequests.US_SHIPPER));

        verify(deleteRequestedFor(urlPathEqualTo(path("/pickups/PRG201220123456")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withQueryParam("requestorName", equalTo("Ada Shipper"))
                .withQueryParam("reason", equalTo("Pickup no longer needed")));
    }

    @Test
    void aPickupDhlNoLongerHasCannotBeCancelled(WireMockRuntimeInfo wm) {
        stubFor(delete(urlPathEqualTo(path("/pickups/PRG211126000382")))
                .willReturn(notFound().withHeader("Content-Type", "application/problem+json").withBody(fixture("error/pickup-not-found.json"))));

        CarrierException e = failure(() -> CARRIER.cancelPickup(context(wm), new PickupRef("PRG211126000382", null, null)));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
        assertThat(e.getMessage()).contains("Requested Pickup was not found");
        verify(deleteRequestedFor(urlPathEqualTo(path("/pickups/PRG211126000382"))).withQueryParam("requestorName", equalTo("Shipgate")));
    }
}

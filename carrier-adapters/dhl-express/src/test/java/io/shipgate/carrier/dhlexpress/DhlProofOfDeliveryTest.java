package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
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
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.failure;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class DhlProofOfDeliveryTest {

    @Test
    void theProofIsTheDeliveryCheckpointWithDhlsElectronicProofOfDelivery(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/1234567890/tracking"))).willReturn(okJson(fixture("tracking/response.json"))));
        stubFor(get(urlPathEqualTo(path("/shipments/1234567890/proof-of-delivery"))).willReturn(okJson(fixture("pod/response.json"))));

        ProofOfDelivery pod = CARRIER.proofOfDelivery(context(wm), ShipmentRef.awb("1234567890"));

        verify(getRequestedFor(urlEqualTo(path("/shipments/1234567890/proof-of-delivery?shipperAccountNumber=123456789&content=epod-summary")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION)));
        assertThat(pod.awb()).isEqualTo("1234567890");
        assertThat(pod.deliveredAt()).isEqualTo(OffsetDateTime.parse("2024-11-07T18:00:00+00:00"));
        assertThat(pod.signedBy()).isEqualTo("J. Smith");
        assertThat(pod.deliveryLocation()).isEqualTo("New York, US");
        assertThat(pod.documents()).singleElement().satisfies(document -> {
            assertThat(document.contentType()).isEqualTo("application/pdf");
            assertThat(new String(document.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4").contains("ePOD");
        });
    }

    @Test
    void aDeliveryWithoutElectronicProofStillHasItsFacts(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/1234567890/tracking"))).willReturn(okJson(fixture("tracking/response.json"))));
        stubFor(get(urlPathEqualTo(path("/shipments/1234567890/proof-of-delivery"))).willReturn(notFound()));

        ProofOfDelivery pod = CARRIER.proofOfDelivery(context(wm), ShipmentRef.awb("1234567890"));

        assertThat(pod.signedBy()).isEqualTo("J. Smith");
        assertThat(pod.documents()).isEmpty();
    }

    @Test
    void thereIsNoProofBeforeDelivery(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/shipments/5786694550/tracking"))).willReturn(okJson(fixture("tracking/failed-attempts.json"))));

        CarrierException e = failure(() -> CARRIER.proofOfDelivery(context(wm), ShipmentRef.awb("5786694550")));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
        verify(exactly(0), getRequestedFor(urlPathEqualTo(path("/shipments/5786694550/proof-of-delivery"))));
    }
}

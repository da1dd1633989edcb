package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.AWB;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Cancel through the edit API: before pickup it is done, afterwards Delhivery refuses in that state. */
@WireMockTest
class DelhiveryCancelTest {

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        ctx = DelhiveryFixtures.context(wm);
    }

    @Test
    void aManifestedShipmentIsCancelledWithCancellationTrue() {
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(ok("edit/cancel-success.json")));

        Cancellation cancelled = carrier.cancelShipment(ctx, ShipmentRef.awb(AWB));

        verify(postRequestedFor(urlEqualTo("/api/p/edit"))
                .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"waybill": "36391910012345", "cancellation": "true"}""")));
        assertThat(cancelled).isEqualTo(new Cancellation(AWB, "Shipment has been cancelled."));
    }

    @Test
    void aPickedUpShipmentCannotBeCancelled() {
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(ok("edit/cancel-refused.json")));

        CarrierException refused = failure(() -> carrier.cancelShipment(ctx, ShipmentRef.awb(AWB)));

        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
        assertThat(refused.getMessage()).contains("already been picked up");
    }

    @Test
    void aCancellationAnsweredInXmlIsASuccess() {
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8").withBody(DelhiveryFixtures.fixture("edit/cancel-success.xml"))));

        assertThat(carrier.cancelShipment(ctx, ShipmentRef.awb(AWB))).isEqualTo(new Cancellation(AWB, "Shipment has been cancelled."));
    }

    @Test
    void anXmlAnswerLabelledAsJsonIsRecognisedByItsBody() {
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(DelhiveryFixtures.fixture("edit/cancel-success.xml"))));

        assertThat(carrier.cancelShipment(ctx, ShipmentRef.awb(AWB)).awb()).isEqualTo(AWB);
    }

    @Test
    void aRefusalInXmlKeepsItsReason() {
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(DelhiveryFixtures.fixture("edit/cancel-refused.xml"))));

        CarrierException refused = failure(() -> carrier.cancelShipment(ctx, ShipmentRef.awb(AWB)));

        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
        assertThat(refused.getMessage()).contains("already been picked up");
    }

    @Test
    void xmlWithADoctypeIsRefusedNotExpanded() {
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><root><status>True</status><remark>&x;</remark></root>")));

        CarrierException unreadable = failure(() -> carrier.cancelShipment(ctx, ShipmentRef.awb(AWB)));

        assertThat(unreadable.carrierCode()).isEqualTo("UNPARSEABLE_RESPONSE");
    }
}

package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

/** Customer returns: a FedEx return label (PRINT_RETURN_LABEL) from the customer to the warehouse, billed to the merchant. */
@WireMockTest
class FedExReturnTest {

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
        wm.getWireMock().register(post(urlEqualTo("/ship/v1/shipments")).willReturn(okJson(fixture("shipment/ship_response_single.json"))));
    }

    @Test
    void theCustomerShipsToTheWarehouseWithAReturnLabelLinkedToTheOrder() {
        ReturnRequest request = new ReturnRequest(SampleRequests.US_RECIPIENT, SampleRequests.US_SHIPPER, List.of(SampleRequests.LB_BOX),
                null, "RMA-77", "794953535000", "Wrong size", null);

        ShipmentConfirmation confirmation = fedex.createReturn(context(wm.getHttpBaseUrl()).withIdempotencyKey("return-77"), request);

        JsonNode sent = sent(wm.getWireMock(), "POST", "/ship/v1/shipments");
        assertRequest(sent, "shipment/expected_request_return.json");
        FedExContract.assertConformsTo(sent, json("shipment/published_request.json"));
        assertThat(sent.at("/requestedShipment/shipper/address/postalCode").asText()).as("the customer ships").isEqualTo("94105");
        assertThat(sent.at("/requestedShipment/serviceType").asText()).as("STANDARD to a business").isEqualTo("FEDEX_GROUND");
        JsonNode detail = sent.at("/requestedShipment/shipmentSpecialServices");
        assertThat(detail.at("/specialServiceTypes/0").asText()).isEqualTo("RETURN_SHIPMENT");
        assertThat(detail.at("/returnShipmentDetail/returnType").asText()).isEqualTo("PRINT_RETURN_LABEL");
        assertThat(detail.at("/returnShipmentDetail/returnAssociationDetail/trackingNumber").asText()).isEqualTo("794953535000");
        assertThat(detail.at("/returnShipmentDetail/rma/reason").asText()).isEqualTo("Wrong size");
        wm.getWireMock().verifyThat(postRequestedFor(urlEqualTo("/ship/v1/shipments"))
                .withHeader("x-customer-transaction-id", equalTo("return-77")));

        assertThat(confirmation.awb()).isEqualTo("794791341818");
        assertThat(confirmation.labels()).hasSize(1);
    }
}

package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Void a label: {@code PUT /ship/v1/shipments/cancel}. */
@WireMockTest
class FedExCancelTest {

    private static final String CANCEL = "/ship/v1/shipments/cancel";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    @Test
    void everyPackageOfTheShipmentIsVoided() {
        wm.getWireMock().register(put(urlEqualTo(CANCEL)).willReturn(okJson(fixture("shipment/cancel_response.json"))));

        Cancellation cancellation = fedex.cancelShipment(context(wm.getHttpBaseUrl()), ShipmentRef.awb("794953555571"));

        JsonNode request = sent(wm.getWireMock(), "PUT", CANCEL);
        assertRequest(request, "shipment/expected_cancel_request.json");
        FedExContract.assertConformsTo(request, json("shipment/published_cancel_request.json"));
        assertThat(cancellation).isEqualTo(new Cancellation("794953555571", "Success"));
    }

    @Test
    void aShipmentFedExDoesNotCancelIsInTheWrongState() {
        wm.getWireMock().register(put(urlEqualTo(CANCEL)).willReturn(okJson(
                fixture("shipment/cancel_response.json").replace("\"cancelledShipment\": true", "\"cancelledShipment\": false"))));

        assertThatThrownBy(() -> fedex.cancelShipment(context(wm.getHttpBaseUrl()), ShipmentRef.awb("794953555571")))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
                    assertThat(e.getMessage()).contains("Recipient Postal-City Mismatch.");
                });
    }
}

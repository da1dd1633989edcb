package io.shipgate.carrier.fedex;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, behaviour 6: after FedEx has sold the labels, a label that cannot be decoded does not
 * fail the purchase: the AWB comes back with the labels that could be read (a label without type
 * taken by its bytes, else the format asked for) and a LABEL_UNREADABLE warning.
 */
@WireMockTest
class FedExUnreadableLabelTest {

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    @Test
    void aPlaceholderLabelIsAWarningBesideTheAwbAndTheLabelsThatCouldBeRead() {
        wm.getWireMock().register(post(urlEqualTo("/ship/v1/shipments")).willReturn(okJson(fixture("shipment/ship_response_unreadable_label.json"))));

        ShipmentConfirmation confirmation = fedex.createShipment(context(wm.getHttpBaseUrl()), SampleRequests.multiPiece());

        assertThat(confirmation.awb()).isNotBlank();
        assertThat(confirmation.parcelTrackingNumbers()).hasSize(2);
        assertThat(confirmation.labels()).as("the second piece's label, its type told by its bytes").singleElement()
                .satisfies(label -> {
                    assertThat(label.parcelNumber()).isEqualTo(2);
                    assertThat(label.format()).isEqualTo(LabelFormat.PDF);
                });
        assertThat(confirmation.messages()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo(CarrierMessage.LABEL_UNREADABLE);
            assertThat(m.level()).isEqualTo(CarrierMessage.Level.WARNING);
        });
        assertThat(confirmation.carrierPayload()).doesNotContain("TEST_LABEL_PLACEHOLDER");
    }
}

package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, behaviour 6: once DHL has sold a label, the AWB comes back whatever the label documents look like. */
@WireMockTest
class DhlSoldLabelTest {

    @Test
    void aLabelDocumentWithoutTypeCodeIsTakenByItsFormat(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("shipment/label-without-typecode.json")).withStatus(201)));

        ShipmentConfirmation confirmation = CARRIER.createShipment(context(wm), SampleRequests.international());

        assertThat(confirmation.awb()).isEqualTo("1234567890");
        assertThat(confirmation.labels()).singleElement().satisfies(label -> {
            assertThat(label.format()).isEqualTo(LabelFormat.PDF);
            assertThat(new String(label.content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
        });
        assertThat(confirmation.documents()).extracting(TradeDocument::fileName)
                .containsExactly("waybillDoc-1234567890.pdf", "invoice-1234567890.pdf");
        assertThat(confirmation.messages()).isEmpty();
    }

    @Test
    void aSoldLabelThatCannotBeReadReturnsTheAwbAndDocumentsWithAWarning(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("shipment/label-unreadable.json")).withStatus(201)));

        ShipmentConfirmation confirmation = CARRIER.createShipment(context(wm), SampleRequests.international());

        assertThat(confirmation.awb()).isEqualTo("1234567890");
        assertThat(confirmation.labels()).isEmpty();
        assertThat(confirmation.documents()).extracting(TradeDocument::type)
                .containsExactly(TradeDocument.Type.OTHER, TradeDocument.Type.COMMERCIAL_INVOICE);
        assertThat(confirmation.messages()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo(CarrierMessage.LABEL_UNREADABLE);
            assertThat(m.level()).isEqualTo(CarrierMessage.Level.WARNING);
            assertThat(m.text()).contains("1234567890");
        });
    }
}

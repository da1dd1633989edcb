package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.failure;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class DhlShipmentTest {

    private static final String IDEMPOTENCY_KEY = "5f0c2b1e-7d4a-3c55-9a0e-2b7f1c9d8e41";

    @Test
    void anInternationalLabelCarriesItsCustomsAndComesBackWithTheCommercialInvoice(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("shipment/response.json")).withStatus(201)));

        ShipmentConfirmation confirmation = CARRIER.createShipment(context(wm).withIdempotencyKey(IDEMPOTENCY_KEY),
                SampleRequests.international());

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withHeader("Message-Reference", equalTo(IDEMPOTENCY_KEY))
                .withRequestBody(equalToJson(fixture("shipment/request-international.json"))));
        assertThat(confirmation.awb()).isEqualTo("1234567890");
        assertThat(confirmation.parcelTrackingNumbers()).containsExactly("JD014600001234567890");
        assertThat(confirmation.service()).isEqualTo("P");
        assertThat(confirmation.charged()).isEqualTo(Money.of("147.50", "USD"));
        assertThat(confirmation.labels()).singleElement().satisfies(label -> {
            assertThat(label.format()).isEqualTo(LabelFormat.PDF);
            assertThat(new String(label.content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
            assertThat(label.parcelNumber()).isNull();
        });
        assertThat(confirmation.documents()).extracting(TradeDocument::type, TradeDocument::fileName, TradeDocument::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TradeDocument.Type.OTHER, "waybillDoc-1234567890.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple(TradeDocument.Type.COMMERCIAL_INVOICE, "invoice-1234567890.pdf", "application/pdf"));
        assertThat(new String(confirmation.documents().get(1).content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(confirmation.carrierPayload()).contains("\"shipmentTrackingNumber\":\"1234567890\"").doesNotContain("JVBERi0");
    }

    @Test
    void aMultiPieceShipmentHasOneTrackingNumberPerPieceAndItsZplLabel(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("shipment/multi-piece-zpl-response.json")).withStatus(201)));
        ShipmentRequest sample = SampleRequests.multiPiece();
        ShipmentRequest zpl = new ShipmentRequest(null, sample.serviceLevel(), sample.shipper(), sample.recipient(), sample.parcels(),
                sample.reference(), new ShipmentOptions(null, null, null, null, LabelFormat.ZPL, LocalDate.of(2026, 11, 26)), null);

        ShipmentConfirmation confirmation = CARRIER.createShipment(context(wm), zpl);

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withHeader("Message-Reference", absent())
                .withRequestBody(matchingJsonPath("$.productCode", equalTo("N")))
                .withRequestBody(matchingJsonPath("$.plannedShippingDateAndTime", equalTo("2026-11-26T12:00:00 GMT-05:00")))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.encodingFormat", equalTo("zpl")))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.printerDPI", equalTo("200")))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.imageOptions.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.content.isCustomsDeclarable", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration", absent()))
                .withRequestBody(matchingJsonPath("$.content.incoterm", equalTo("DAP")))
                .withRequestBody(matchingJsonPath("$.content.description", equalTo("Goods")))
                .withRequestBody(matchingJsonPath("$.content.packages.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.content.packages[0].weight", equalTo("4.0")))
                .withRequestBody(matchingJsonPath("$.content.packages[1].weight", equalTo("3.307"))));
        assertThat(confirmation.parcelTrackingNumbers()).containsExactly("JD014600002345678901", "JD014600002345678902");
        assertThat(confirmation.labels()).singleElement().satisfies(label -> {
            assertThat(label.format()).isEqualTo(LabelFormat.ZPL);
            assertThat(new String(label.content(), StandardCharsets.US_ASCII)).startsWith("^XA").contains("2345678901").endsWith("^XZ\n");
        });
        assertThat(confirmation.documents()).isEmpty();
        assertThat(confirmation.charged()).isEqualTo(Money.of("41.2", "USD"));
        assertThat(confirmation.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void cashOnDeliveryIsNotOfferedAndNothingIsAskedOfDhl(WireMockRuntimeInfo wm) {
        CarrierException e = failure(() -> CARRIER.createShipment(context(wm), SampleRequests.indiaCod()));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(e.field()).isEqualTo("options.cod");
        assertThat(wm.getWireMock().getServeEvents()).isEmpty();
    }

    @Test
    void aPurchaseDhlRefusesIsAnErrorNamingTheField(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("error/validation.json")).withStatus(422)));

        CarrierException e = failure(() -> CARRIER.createShipment(context(wm), SampleRequests.international()));

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(e.field()).isEqualTo("recipient.city");
        assertThat(e.retryable()).isFalse();
    }
}

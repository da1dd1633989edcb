package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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

/** Labels: {@code POST /ship/v1/shipments}, one or many parcels, in PDF, PNG or ZPL II. */
@WireMockTest
class FedExShipmentTest {

    private static final String SHIP = "/ship/v1/shipments";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    private void answer(String fixture) {
        wm.getWireMock().register(post(urlEqualTo(SHIP)).willReturn(okJson(fixture(fixture))));
    }

    @Test
    void aDomesticPdfLabelIsBoughtForTheServiceOfTheLevel() {
        answer("shipment/ship_response_single.json");

        ShipmentConfirmation confirmation = fedex.createShipment(context(wm.getHttpBaseUrl()), SampleRequests.domestic());

        JsonNode request = sent(wm.getWireMock(), "POST", SHIP);
        assertRequest(request, "shipment/expected_request_domestic_pdf.json");
        FedExContract.assertConformsTo(request, json("shipment/published_request.json"));
        assertThat(request.at("/requestedShipment/serviceType").asText()).as("STANDARD to a residence").isEqualTo("GROUND_HOME_DELIVERY");
        assertThat(request.at("/requestedShipment/recipients/0/contact/phoneNumber").asText()).isEqualTo("4155550199");

        assertThat(confirmation.awb()).isEqualTo("794791341818");
        assertThat(confirmation.parcelTrackingNumbers()).containsExactly("794791341818");
        assertThat(confirmation.service()).isEqualTo("FEDEX_INTERNATIONAL_PRIORITY_EXPRESS");
        assertThat(confirmation.charged()).isEqualTo(Money.of("4448.19", "USD"));
        assertThat(confirmation.labels()).hasSize(1);
        Label label = confirmation.labels().getFirst();
        assertThat(label.format()).isEqualTo(LabelFormat.PDF);
        assertThat(label.parcelNumber()).isEqualTo(1);
        assertThat(new String(label.content(), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
        assertThat(confirmation.documents()).isEmpty();
        assertThat(confirmation.estimatedDelivery()).as("FedEx gave no commit date").isNull();
        assertThat(confirmation.carrierPayload()).contains("794791341818").doesNotContain("encodedLabel").doesNotContain("JVBERi0");
    }

    @Test
    void aZplLabelIsPrintedOnThermalStock() {
        answer("shipment/ship_response_zpl.json");

        ShipmentConfirmation confirmation = fedex.createShipment(context(wm.getHttpBaseUrl()), withLabel(LabelFormat.ZPL));

        JsonNode spec = sent(wm.getWireMock(), "POST", SHIP).at("/requestedShipment/labelSpecification");
        assertThat(spec.get("imageType").asText()).isEqualTo("ZPLII");
        assertThat(spec.get("labelStockType").asText()).isEqualTo("STOCK_4X6");
        Label label = confirmation.labels().getFirst();
        assertThat(label.format()).isEqualTo(LabelFormat.ZPL);
        assertThat(new String(label.content(), StandardCharsets.UTF_8)).startsWith("^XA").contains("794791341818").endsWith("^XZ\n");
    }

    @Test
    void aPngLabelIsAnImageOfTheLabel() throws IOException {
        answer("shipment/ship_response_png.json");

        ShipmentConfirmation confirmation = fedex.createShipment(context(wm.getHttpBaseUrl()), withLabel(LabelFormat.PNG));

        JsonNode spec = sent(wm.getWireMock(), "POST", SHIP).at("/requestedShipment/labelSpecification");
        assertThat(spec.get("imageType").asText()).isEqualTo("PNG");
        assertThat(spec.get("labelStockType").asText()).isEqualTo("PAPER_4X6");
        Label label = confirmation.labels().getFirst();
        assertThat(label.format()).isEqualTo(LabelFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(label.content()));
        assertThat(image.getHeight() * 4).as("4x6 inches").isEqualTo(image.getWidth() * 6);
    }

    @Test
    void aMultiPieceShipmentHasAPackageLineAndALabelPerParcel() {
        answer("shipment/ship_response_multipiece.json");
        ShipmentRequest multiPiece = SampleRequests.multiPiece();
        ShipmentRequest request = new ShipmentRequest(null, multiPiece.serviceLevel(), multiPiece.shipper(), multiPiece.recipient(),
                multiPiece.parcels(), multiPiece.reference(),
                new ShipmentOptions(Money.of("120", "USD"), Money.of("200.01", "USD"), SignatureOption.STANDARD, null, null,
                        LocalDate.of(2026, 11, 25)), null);

        ShipmentConfirmation confirmation = fedex.createShipment(context(wm.getHttpBaseUrl()), request);

        JsonNode sent = sent(wm.getWireMock(), "POST", SHIP);
        assertRequest(sent, "shipment/expected_request_multipiece.json");
        FedExContract.assertConformsTo(sent, json("shipment/published_request.json"));
        assertThat(sent.at("/requestedShipment/serviceType").asText()).isEqualTo("FEDEX_2_DAY");
        assertThat(sent.at("/requestedShipment/requestedPackageLineItems")).hasSize(2);
        assertThat(sent.at("/requestedShipment/requestedPackageLineItems/1/weight/value").decimalValue())
                .as("1.5 kg in pounds").isEqualByComparingTo("3.31");
        assertThat(sent.at("/requestedShipment/requestedPackageLineItems/1/dimensions/length").asInt())
                .as("30 cm = 11.81 in, rounded up").isEqualTo(12);

        assertThat(confirmation.parcelTrackingNumbers()).containsExactly("794791341818", "794791341829");
        assertThat(confirmation.labels()).extracting(Label::parcelNumber).containsExactly(1, 2);
        assertThat(confirmation.labels()).extracting(Label::format).containsOnly(LabelFormat.PDF);
        assertThat(confirmation.documents()).singleElement().satisfies(invoice -> {
            assertThat(invoice.type()).isEqualTo(TradeDocument.Type.COMMERCIAL_INVOICE);
            assertThat(invoice.contentType()).isEqualTo("application/pdf");
            assertThat(invoice.fileName()).isEqualTo("commercial-invoice-794791341818.pdf");
            assertThat(new String(invoice.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        });
    }

    @Test
    void theCarrierIdempotencyKeyTravelsAsTheCustomerTransactionId() {
        answer("shipment/ship_response_single.json");

        fedex.createShipment(context(wm.getHttpBaseUrl()).withIdempotencyKey("shipgate-7f3a"), SampleRequests.domestic());

        wm.getWireMock().verifyThat(postRequestedFor(urlEqualTo(SHIP)).withHeader("x-customer-transaction-id", equalTo("shipgate-7f3a")));
    }

    @Test
    void everyFieldOfFedExsDocumentedAnswerIsRead() {
        answer("shipment/ship_response_all_fields.json");

        ShipmentConfirmation confirmation = fedex.createShipment(context(wm.getHttpBaseUrl()), SampleRequests.domestic());

        assertThat(confirmation.awb()).isEqualTo("794953535000");
        assertThat(confirmation.service()).isEqualTo("STANDARD_OVERNIGHT");
        assertThat(confirmation.charged()).as("the payor's account rate when the applied rate type is not listed")
                .isEqualTo(Money.of("67.88", "USD"));
        assertThat(confirmation.estimatedDelivery()).isEqualTo(LocalDate.of(2001, 4, 5));
        assertThat(confirmation.labels()).as("its package documents are invoices, not labels").isEmpty();
        assertThat(confirmation.documents()).extracting(TradeDocument::type).containsExactly(TradeDocument.Type.COMMERCIAL_INVOICE);
    }

    private static ShipmentRequest withLabel(LabelFormat format) {
        ShipmentRequest domestic = SampleRequests.domestic();
        return new ShipmentRequest(domestic.service(), domestic.serviceLevel(), domestic.shipper(), domestic.recipient(), domestic.parcels(),
                domestic.reference(), new ShipmentOptions(null, null, null, null, format, null), null);
    }
}

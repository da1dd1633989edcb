package io.shipgate.carrier.ups;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpsShipmentTest extends UpsAdapterTest {

    private static final String SHIP = "/api/shipments/" + UpsClient.SHIPPING_VERSION + "/ship";

    @Test
    void buysADomesticLabelAndReturnsUpsGifAsAScannablePng() {
        answer(post(urlEqualTo(SHIP)), "/ups/shipment/response-domestic.json");

        ShipmentConfirmation confirmation = carrier.createShipment(context().withIdempotencyKey("idem-42"), SampleRequests.domestic());

        LoggedRequest sent = sentTo(SHIP);
        assertThat(equalToJson(AdapterTestContext.fixture("/ups/shipment/request-domestic.json")).match(sent.getBodyAsString()).isExactMatch())
                .as(sent.getBodyAsString()).isTrue();
        UpsOpenApi.assertConforms(UpsOpenApi.SHIPPING, sent);

        assertThat(confirmation.awb()).isEqualTo("1ZCIETST0111111114");
        assertThat(confirmation.parcelTrackingNumbers()).containsExactly("1ZCIETST0111111114");
        assertThat(confirmation.service()).isEqualTo("03");
        assertThat(confirmation.charged()).isEqualTo(Money.of("18.42", "USD"));
        Label label = confirmation.labels().getFirst();
        assertThat(label.format()).isEqualTo(LabelFormat.PNG);
        assertThat(label.parcelNumber()).isEqualTo(1);
        assertThat(LabelScanner.barcodeOfPng(label.content())).isEqualTo("1ZCIETST0111111114");
        assertThat(confirmation.carrierPayload()).contains("1ZCIETST0111111114").doesNotContain("GraphicImage");
    }

    @Test
    void buysAMultiPieceShipmentWithOneZplLabelPerPackage() {
        answer(post(urlEqualTo(SHIP)), "/ups/shipment/response-multipiece.json");
        ShipmentRequest multiPiece = SampleRequests.multiPiece();
        ShipmentRequest zpl = new ShipmentRequest(null, multiPiece.serviceLevel(), multiPiece.shipper(), multiPiece.recipient(),
                multiPiece.parcels(), multiPiece.reference(), new ShipmentOptions(null, null, null, null, LabelFormat.ZPL, null), null);

        ShipmentConfirmation confirmation = carrier.createShipment(context(), zpl);

        LoggedRequest sent = sentTo(SHIP);
        UpsOpenApi.assertConforms(UpsOpenApi.SHIPPING, sent);
        JsonNode shipment = tree(sent.getBody()).path("ShipmentRequest");
        assertThat(shipment.at("/LabelSpecification/LabelImageFormat/Code").asText()).isEqualTo("ZPL");
        assertThat(shipment.at("/Shipment/Service/Code").asText()).isEqualTo("02"); // EXPRESS within the US
        assertThat(shipment.at("/Shipment/Package")).hasSize(2);
        // the metric parcel in the shipper's units: 1.5 kg -> 3.4 lb
        assertThat(shipment.at("/Shipment/Package/1/PackageWeight/Weight").asText()).isEqualTo("3.4");

        assertThat(confirmation.parcelTrackingNumbers()).containsExactly("1ZCIETST0111111114", "1ZCIETST0422222228");
        assertThat(confirmation.labels()).extracting(Label::format, Label::parcelNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LabelFormat.ZPL, 1), org.assertj.core.groups.Tuple.tuple(LabelFormat.ZPL, 2));
        assertThat(new String(confirmation.labels().get(1).content(), StandardCharsets.US_ASCII))
                .startsWith("^XA").contains("1ZCIETST0422222228").endsWith("^XZ");
        assertThat(confirmation.charged()).isEqualTo(Money.of("64.80", "USD")); // negotiated
    }

    @Test
    void declaresCustomsAsInternationalFormsAndReturnsUpsCommercialInvoice() {
        answer(post(urlEqualTo(SHIP)), "/ups/shipment/response-international.json");

        ShipmentConfirmation confirmation = carrier.createShipment(context(), SampleRequests.international());

        LoggedRequest sent = sentTo(SHIP);
        UpsOpenApi.assertConforms(UpsOpenApi.SHIPPING, sent);
        JsonNode shipment = tree(sent.getBody()).at("/ShipmentRequest/Shipment");
        assertThat(shipment.at("/Service/Code").asText()).isEqualTo("07");
        assertThat(shipment.at("/Description").asText()).isEqualTo("Cotton T-shirts");
        JsonNode forms = shipment.at("/ShipmentServiceOptions/InternationalForms");
        assertThat(forms.at("/FormType/0").asText()).isEqualTo("01");
        assertThat(forms.at("/InvoiceNumber").asText()).isEqualTo("INV-2026-0042");
        assertThat(forms.at("/InvoiceDate").asText()).isEqualTo("20261124");
        assertThat(forms.at("/TermsOfShipment").asText()).isEqualTo("DAP");
        assertThat(forms.at("/ReasonForExport").asText()).isEqualTo("SALE");
        assertThat(forms.at("/CurrencyCode").asText()).isEqualTo("USD");
        assertThat(forms.has("OverridePaperlessIndicator")).isTrue();
        JsonNode product = forms.at("/Product/0");
        assertThat(product.at("/Description/0").asText()).isEqualTo("Cotton T-shirt");
        assertThat(product.at("/Unit/Number").asText()).isEqualTo("3");
        assertThat(product.at("/Unit/Value").asText()).isEqualTo("12.50");
        assertThat(product.at("/CommodityCode").asText()).isEqualTo("610910");
        assertThat(product.at("/OriginCountryCode").asText()).isEqualTo("US");
        assertThat(product.at("/PartNumber").asText()).isEqualTo("TS-RED-M");
        // 3 x 0.2 kg in the US shipper's pounds: 1.32 lb -> 1.4
        assertThat(product.at("/ProductWeight/Weight").asText()).isEqualTo("1.4");
        assertThat(forms.at("/Contacts/SoldTo/Name").asText()).isEqualTo("Hans Empfänger");
        JsonNode recipientEori = shipment.at("/GlobalTaxInformation/AgentTaxIdentificationNumber/0");
        assertThat(recipientEori.at("/AgentRole").asText()).isEqualTo("30");
        assertThat(recipientEori.at("/TaxIdentificationNumber/0/IdentificationNumber").asText()).isEqualTo("DE123456789012345");
        assertThat(recipientEori.at("/TaxIdentificationNumber/0/IDNumberPurposeCode").asText()).isEqualTo("02");
        assertThat(shipment.at("/InvoiceLineTotal/MonetaryValue").asText()).isEqualTo("37.50");
        // the recipient pays duties (DAP): only the transportation charge is billed to the shipper
        assertThat(shipment.at("/PaymentInformation/ShipmentCharge")).hasSize(1);

        assertThat(confirmation.documents()).singleElement().satisfies(invoice -> {
            assertThat(invoice.type()).isEqualTo(TradeDocument.Type.COMMERCIAL_INVOICE);
            assertThat(invoice.contentType()).isEqualTo("application/pdf");
            assertThat(new String(invoice.content(), StandardCharsets.US_ASCII)).startsWith("%PDF");
        });
    }

    @Test
    void paperlessCustomsAskForNoPaperInvoiceAndDdpBillsDutiesToTheShipper() {
        answer(post(urlEqualTo(SHIP)), "/ups/shipment/response-paperless.json");
        ShipmentRequest international = SampleRequests.international();
        CustomsDeclaration c = international.customs();
        CustomsDeclaration paperless = new CustomsDeclaration(c.contentType(), c.contentDescription(), io.shipgate.carrier.model.Incoterm.DDP,
                io.shipgate.carrier.model.DutiesPayer.SENDER, c.invoiceNumber(), c.invoiceDate(), c.exportReason(), c.items(), c.taxIds(),
                true, List.of());

        ShipmentConfirmation confirmation = carrier.createShipment(context(), new ShipmentRequest(null, international.serviceLevel(),
                international.shipper(), international.recipient(), international.parcels(), international.reference(),
                international.options(), paperless));

        LoggedRequest sent = sentTo(SHIP);
        UpsOpenApi.assertConforms(UpsOpenApi.SHIPPING, sent);
        JsonNode shipment = tree(sent.getBody()).at("/ShipmentRequest/Shipment");
        assertThat(shipment.at("/ShipmentServiceOptions/InternationalForms").has("OverridePaperlessIndicator")).isFalse();
        assertThat(shipment.at("/ShipmentServiceOptions/InternationalForms/TermsOfShipment").asText()).isEqualTo("DDP");
        assertThat(shipment.at("/PaymentInformation/ShipmentCharge/1/Type").asText()).isEqualTo("02");
        assertThat(shipment.at("/PaymentInformation/ShipmentCharge/1/BillShipper/AccountNumber").asText()).isEqualTo("1A2B3C");
        assertThat(confirmation.documents()).isEmpty();
    }

    @Test
    void createsAReturnAsUpsPrintReturnLabelFromTheCustomerToTheWarehouse() {
        answer(post(urlEqualTo(SHIP)), "/ups/shipment/response-domestic.json");
        ReturnRequest request = new ReturnRequest(SampleRequests.US_RECIPIENT, SampleRequests.US_SHIPPER,
                List.of(SampleRequests.LB_BOX), null, "RMA-77", "1ZCIETST0422222228", "too small", null);

        ShipmentConfirmation confirmation = carrier.createReturn(context(), request);

        LoggedRequest sent = sentTo(SHIP);
        UpsOpenApi.assertConforms(UpsOpenApi.SHIPPING, sent);
        JsonNode shipment = tree(sent.getBody()).at("/ShipmentRequest/Shipment");
        assertThat(shipment.at("/ReturnService/Code").asText()).isEqualTo("9");
        assertThat(shipment.at("/ShipFrom/Name").asText()).isEqualTo("Grace Recipient");
        assertThat(shipment.at("/ShipTo/Name").asText()).isEqualTo("Acme Widgets");
        assertThat(shipment.at("/Shipper/ShipperNumber").asText()).isEqualTo("1A2B3C");
        assertThat(shipment.at("/Package/0/Description").asText()).isNotBlank();
        assertThat(confirmation.awb()).isEqualTo("1ZCIETST0111111114");
        assertThat(confirmation.labels()).singleElement().extracting(Label::format).isEqualTo(LabelFormat.PNG);
    }

    @Test
    void voidsAShipmentByItsShipmentIdentificationNumber() {
        String path = "/api/shipments/" + UpsClient.SHIPPING_VERSION + "/void/cancel/1ZCIETST0111111114";
        answer(delete(urlEqualTo(path)), "/ups/void/response.json");

        Cancellation cancellation = carrier.cancelShipment(context(), ShipmentRef.awb("1ZCIETST0111111114"));

        assertThat(sentTo(path).getMethod().getName()).isEqualTo("DELETE");
        assertThat(cancellation).isEqualTo(new Cancellation("1ZCIETST0111111114", "Voided"));
    }

    @Test
    void aThirdPartyDutiesPayerIsRefusedBeforeCallingUps() {
        ShipmentRequest international = SampleRequests.international();
        CustomsDeclaration c = international.customs();
        CustomsDeclaration thirdParty = new CustomsDeclaration(c.contentType(), c.contentDescription(), c.incoterm(),
                io.shipgate.carrier.model.DutiesPayer.THIRD_PARTY, c.invoiceNumber(), c.invoiceDate(), c.exportReason(), c.items(),
                c.taxIds(), false, List.of());
        ShipmentRequest request = new ShipmentRequest(null, international.serviceLevel(), international.shipper(),
                international.recipient(), international.parcels(), null, null, thirdParty);

        assertThatThrownBy(() -> carrier.createShipment(context(), request)).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(e.field()).isEqualTo("customs.dutiesPayer");
        });
    }

    @Test
    void theResponseFixturesAreWhatShippingSpecifies() {
        for (String fixture : List.of("domestic", "multipiece", "international", "paperless")) {
            UpsOpenApi.assertResponseConforms(UpsOpenApi.SHIPPING, SHIP, Request.Method.POST, "/ups/shipment/response-" + fixture + ".json");
        }
        UpsOpenApi.assertResponseConforms(UpsOpenApi.SHIPPING, "/api/shipments/" + UpsClient.SHIPPING_VERSION + "/void/cancel/1ZCIETST0111111114",
                Request.Method.DELETE, "/ups/void/response.json");
    }
}

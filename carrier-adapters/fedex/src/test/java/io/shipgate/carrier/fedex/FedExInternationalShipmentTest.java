package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.shipgate.carrier.fedex.FedExTestSupport.TOKEN;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.parse;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cross-border labels: the customs declaration as {@code customsClearanceDetail}, FedEx's commercial
 * invoice, and paperless shipments (Electronic Trade Documents, uploaded first with
 * {@code POST /documents/v1/etds/upload}).
 */
@WireMockTest
class FedExInternationalShipmentTest {

    private static final String SHIP = "/ship/v1/shipments";
    private static final String UPLOAD = "/documents/v1/etds/upload";
    private static final byte[] INVOICE_PDF = "%PDF-1.7 merchant's commercial invoice".getBytes(StandardCharsets.ISO_8859_1);

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
        wm.getWireMock().register(post(urlEqualTo(SHIP)).willReturn(okJson(fixture("shipment/ship_response_multipiece.json"))));
        wm.getWireMock().register(post(urlPathMatching(".*" + UPLOAD)).willReturn(okJson(fixture("documents/paperless_response.json"))));
    }

    @Test
    void theCustomsDeclarationIsFedExsClearanceDetailAndFedExIssuesTheCommercialInvoice() {
        ShipmentConfirmation confirmation = fedex.createShipment(context(wm.getHttpBaseUrl()), SampleRequests.international());

        JsonNode request = sent(wm.getWireMock(), "POST", SHIP);
        assertRequest(request, "shipment/expected_request_international.json");
        FedExContract.assertConformsTo(request, json("shipment/published_request.json"));
        JsonNode customs = request.at("/requestedShipment/customsClearanceDetail");
        assertThat(customs.at("/dutiesPayment/paymentType").asText()).isEqualTo("RECIPIENT");
        assertThat(customs.at("/commercialInvoice/termsOfSale").asText()).isEqualTo("DAP");
        assertThat(customs.at("/commodities/0/harmonizedCode").asText()).isEqualTo("610910");
        assertThat(customs.at("/commodities/0/customsValue/amount").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(customs.at("/totalCustomsValue/amount").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(request.at("/requestedShipment/recipients/0/tins/0/number").asText()).isEqualTo("DE123456789012345");
        assertThat(request.at("/requestedShipment/shippingDocumentSpecification/shippingDocumentTypes/0").asText())
                .isEqualTo("COMMERCIAL_INVOICE");
        assertThat(request.at("/requestedShipment/shipmentSpecialServices").isMissingNode()).as("not paperless").isTrue();
        wm.getWireMock().verifyThat(exactly(0), postRequestedFor(anyUrl()).withUrl(UPLOAD));

        assertThat(confirmation.documents()).extracting(TradeDocument::type).containsExactly(TradeDocument.Type.COMMERCIAL_INVOICE);
    }

    @Test
    void aPaperlessShipmentUploadsTheMerchantsInvoiceFirstAndReferencesIt() {
        TradeDocument invoice = new TradeDocument(TradeDocument.Type.COMMERCIAL_INVOICE, "INV-2026-0042.pdf", "application/pdf", INVOICE_PDF);

        fedex.createShipment(context(wm.getHttpBaseUrl()), paperless(List.of(invoice)));

        LoggedRequest upload = onlyRequestTo(UPLOAD);
        assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        JsonNode document = parse(part(upload, "document").getBody().asString());
        assertRequest(document, "documents/expected_document_part.json");
        FedExContract.assertConformsTo(document, json("documents/published_request.json").get("document"));
        Request.Part attachment = part(upload, "attachment");
        assertThat(attachment.getHeader("Content-Disposition").firstValue()).contains("filename=\"INV-2026-0042.pdf\"");
        assertThat(attachment.getHeader("Content-Type").firstValue()).isEqualTo("application/pdf");
        assertThat(attachment.getBody().asBytes()).isEqualTo(INVOICE_PDF);

        JsonNode request = sent(wm.getWireMock(), "POST", SHIP);
        assertRequest(request, "shipment/expected_request_paperless.json");
        FedExContract.assertConformsTo(request, json("shipment/published_request.json"));
        JsonNode services = request.at("/requestedShipment/shipmentSpecialServices");
        assertThat(services.at("/specialServiceTypes/0").asText()).isEqualTo("ELECTRONIC_TRADE_DOCUMENTS");
        assertThat(services.at("/etdDetail/attachedDocuments/0/documentId").asText()).isEqualTo("090493e181586308");
        assertThat(services.at("/etdDetail/requestedDocumentTypes").isMissingNode()).as("the merchant's invoice is enough").isTrue();
        assertThat(request.at("/requestedShipment/shippingDocumentSpecification").isMissingNode()).isTrue();
    }

    @Test
    void withoutTheMerchantsInvoiceFedExGeneratesItAndSubmitsItElectronically() {
        TradeDocument origin = new TradeDocument(TradeDocument.Type.CERTIFICATE_OF_ORIGIN, "origin.pdf", "application/pdf", INVOICE_PDF);

        fedex.createShipment(context(wm.getHttpBaseUrl()), paperless(List.of(origin)));

        assertThat(parse(part(onlyRequestTo(UPLOAD), "document").getBody().asString()).at("/meta/shipDocumentType").asText())
                .isEqualTo("CERTIFICATE_OF_ORIGIN");
        JsonNode request = sent(wm.getWireMock(), "POST", SHIP);
        JsonNode etd = request.at("/requestedShipment/shipmentSpecialServices/etdDetail");
        assertThat(etd.at("/attachedDocuments/0/documentType").asText()).isEqualTo("CERTIFICATE_OF_ORIGIN");
        assertThat(etd.at("/requestedDocumentTypes/0").asText()).isEqualTo("COMMERCIAL_INVOICE");
        assertThat(request.at("/requestedShipment/shippingDocumentSpecification/shippingDocumentTypes/0").asText())
                .isEqualTo("COMMERCIAL_INVOICE");
    }

    @Test
    void aPaperlessDeclarationWithoutDocumentsUploadsNothing() {
        fedex.createShipment(context(wm.getHttpBaseUrl()), paperless(List.of()));

        wm.getWireMock().verifyThat(exactly(0), postRequestedFor(urlPathMatching(".*" + UPLOAD)));
        JsonNode etd = sent(wm.getWireMock(), "POST", SHIP).at("/requestedShipment/shipmentSpecialServices/etdDetail");
        assertThat(etd.at("/attachedDocuments").isMissingNode()).isTrue();
        assertThat(etd.at("/requestedDocumentTypes/0").asText()).isEqualTo("COMMERCIAL_INVOICE");
    }

    @Test
    void documentsGoToTheTradeDocumentsHostWhenTheAccountNamesOne() {
        TradeDocument invoice = new TradeDocument(TradeDocument.Type.COMMERCIAL_INVOICE, "INV.pdf", "application/pdf", INVOICE_PDF);

        fedex.createShipment(context(wm.getHttpBaseUrl(), Map.of(FedExSettings.DOCUMENTS_BASE_URL, wm.getHttpBaseUrl() + "/sandbox"),
                Map.of(), FedExTestSupport.CLOCK), paperless(List.of(invoice)));

        onlyRequestTo("/sandbox" + UPLOAD);
    }

    @Test
    void thirdPartyDutiesAreRefusedBeforeFedExIsCalled() {
        ShipmentRequest international = SampleRequests.international();
        CustomsDeclaration c = international.customs();
        CustomsDeclaration thirdParty = new CustomsDeclaration(c.contentType(), c.contentDescription(), c.incoterm(), DutiesPayer.THIRD_PARTY,
                c.invoiceNumber(), c.invoiceDate(), c.exportReason(), c.items(), c.taxIds(), c.paperless(), c.documents());

        assertThatThrownBy(() -> fedex.createShipment(context(wm.getHttpBaseUrl()), with(international, thirdParty)))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                    assertThat(e.field()).isEqualTo("customs.dutiesPayer");
                });
        wm.getWireMock().verifyThat(exactly(0), postRequestedFor(urlEqualTo(SHIP)));
    }

    private static ShipmentRequest paperless(List<TradeDocument> documents) {
        ShipmentRequest international = SampleRequests.international();
        CustomsDeclaration c = international.customs();
        return with(international, new CustomsDeclaration(c.contentType(), c.contentDescription(), c.incoterm(), c.dutiesPayer(),
                c.invoiceNumber(), c.invoiceDate(), c.exportReason(), c.items(), c.taxIds(), true, documents));
    }

    private static ShipmentRequest with(ShipmentRequest r, CustomsDeclaration customs) {
        return new ShipmentRequest(r.service(), r.serviceLevel(), r.shipper(), r.recipient(), r.parcels(), r.reference(), r.options(), customs);
    }

    private LoggedRequest onlyRequestTo(String path) {
        List<LoggedRequest> requests = wm.getWireMock().find(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).as("POST " + path).hasSize(1);
        return requests.getFirst();
    }

    private static Request.Part part(LoggedRequest request, String name) {
        return request.getParts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no multipart part " + name));
    }
}

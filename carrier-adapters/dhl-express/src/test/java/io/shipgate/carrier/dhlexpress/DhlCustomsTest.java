package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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

/** The customs declaration in MyDHL's terms: paperless trade, who pays duties, tax ids, what DHL cannot take. */
@WireMockTest
class DhlCustomsTest {

    private static final byte[] INVOICE = "%PDF-1.7 merchant invoice".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void dhlSellsLabels() {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("shipment/response.json")).withStatus(201)));
    }

    @Test
    void paperlessTradeSendsTheMerchantsInvoiceWithTheShipmentInsteadOfAskingDhlForOne(WireMockRuntimeInfo wm) {
        CARRIER.createShipment(context(wm), international(customs(DutiesPayer.RECIPIENT, Incoterm.DAP, true,
                List.of(new TradeDocument(TradeDocument.Type.COMMERCIAL_INVOICE, "inv.pdf", "application/pdf", INVOICE),
                        new TradeDocument(TradeDocument.Type.CERTIFICATE_OF_ORIGIN, "coo.png", "image/png", INVOICE)),
                List.of())));

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withRequestBody(matchingJsonPath("$.valueAddedServices[?(@.serviceCode == 'WY')]"))
                .withRequestBody(matchingJsonPath("$.documentImages", equalToJson("""
                        [{"typeCode": "CIN", "imageFormat": "PDF", "content": "%s"},
                         {"typeCode": "COO", "imageFormat": "PNG", "content": "%s"}]
                        """.formatted(base64(INVOICE), base64(INVOICE)))))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.imageOptions[?(@.typeCode == 'invoice')]", absent())));
    }

    @Test
    void paperlessTradeWithoutDocumentsSendsDhlsOwnInvoiceElectronically(WireMockRuntimeInfo wm) {
        CARRIER.createShipment(context(wm), international(customs(DutiesPayer.RECIPIENT, Incoterm.DAP, true, List.of(), List.of())));

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withRequestBody(matchingJsonPath("$.valueAddedServices[?(@.serviceCode == 'WY')]"))
                .withRequestBody(matchingJsonPath("$.documentImages", absent()))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.imageOptions[?(@.typeCode == 'waybillDoc' && @.isRequested == false)]"))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.imageOptions[?(@.typeCode == 'invoice' && @.isRequested == true)]")));
    }

    @Test
    void dutiesPaidByTheShipperAreDutyTaxPaidAndAThirdPartyPaysOnItsOwnAccount(WireMockRuntimeInfo wm) {
        CARRIER.createShipment(context(wm), international(customs(DutiesPayer.SENDER, Incoterm.DDP, false, List.of(), List.of())));
        CARRIER.createShipment(context(wm, Map.of(DhlSettings.DUTIES_ACCOUNT_NUMBER, "987654321")),
                international(customs(DutiesPayer.THIRD_PARTY, Incoterm.DDU, false, List.of(), List.of())));

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withRequestBody(matchingJsonPath("$.content.incoterm", equalTo("DDP")))
                .withRequestBody(matchingJsonPath("$.valueAddedServices[?(@.serviceCode == 'DD')]"))
                .withRequestBody(matchingJsonPath("$.accounts.length()", equalTo("1"))));
        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withRequestBody(matchingJsonPath("$.content.incoterm", equalTo("DAP"))) // DDU, retired, is DAP
                .withRequestBody(matchingJsonPath("$.valueAddedServices[?(@.serviceCode == 'DD')]", absent()))
                .withRequestBody(matchingJsonPath("$.accounts", equalToJson("""
                        [{"typeCode": "shipper", "number": "123456789"}, {"typeCode": "duties-taxes", "number": "987654321"}]
                        """))));
    }

    @Test
    void taxIdsGoToTheirPartyAndTheImportersToAnImporterAtTheRecipientsAddress(WireMockRuntimeInfo wm) {
        CARRIER.createShipment(context(wm), international(customs(DutiesPayer.RECIPIENT, Incoterm.DAP, false, List.of(), List.of(
                new TaxId(TaxId.Type.EIN, "12-3456789", TaxId.Party.SHIPPER, null),
                new TaxId(TaxId.Type.IOSS, "IM2760000742", TaxId.Party.IMPORTER, "DE"),
                new TaxId(TaxId.Type.VAT, "DE999999999", TaxId.Party.RECIPIENT, null)))));

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withRequestBody(matchingJsonPath("$.customerDetails.shipperDetails.registrationNumbers",
                        equalToJson("[{\"typeCode\": \"EIN\", \"number\": \"12-3456789\", \"issuerCountryCode\": \"US\"}]")))
                .withRequestBody(matchingJsonPath("$.customerDetails.receiverDetails.registrationNumbers",
                        equalToJson("[{\"typeCode\": \"VAT\", \"number\": \"DE999999999\", \"issuerCountryCode\": \"DE\"}]")))
                .withRequestBody(matchingJsonPath("$.customerDetails.importerDetails.registrationNumbers",
                        equalToJson("[{\"typeCode\": \"SDT\", \"number\": \"IM2760000742\", \"issuerCountryCode\": \"DE\"}]")))
                .withRequestBody(matchingJsonPath("$.customerDetails.importerDetails.postalAddress.cityName", equalTo("Berlin"))));
    }

    @Test
    void documentsAreNotCustomsDeclarableAndGiftsAreDeclaredAsPersonalOnAProFormaInvoice(WireMockRuntimeInfo wm) {
        CustomsDeclaration sample = SampleRequests.customs();
        CustomsDeclaration gift = new CustomsDeclaration(ContentType.GIFT, "Birthday present", Incoterm.DAP, DutiesPayer.RECIPIENT,
                null, null, ExportReason.GIFT, sample.items(), List.of(), false, List.of());
        CustomsDeclaration documents = new CustomsDeclaration(ContentType.DOCUMENTS, "Contracts", Incoterm.DAP, DutiesPayer.RECIPIENT,
                null, null, ExportReason.OTHER, sample.items(), List.of(), false, List.of());

        CARRIER.createShipment(context(wm), international(gift));
        CARRIER.createShipment(context(wm), international(documents));

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration.shipmentType", equalTo("personal")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration.exportReasonType", equalTo("gift")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration.invoice.number", equalTo("ORDER-1003")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration.invoice.date", equalTo("2026-11-24")))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.imageOptions[?(@.invoiceType == 'proforma')]")));
        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withRequestBody(matchingJsonPath("$.productCode", equalTo("D")))
                .withRequestBody(matchingJsonPath("$.content.isCustomsDeclarable", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration", absent()))
                .withRequestBody(matchingJsonPath("$.content.description", equalTo("Contracts"))));
    }

    @Test
    void whatDhlCannotTakeIsRefusedNamingTheField(WireMockRuntimeInfo wm) {
        CarrierException pan = failure(() -> CARRIER.createShipment(context(wm), international(customs(DutiesPayer.RECIPIENT,
                Incoterm.DAP, false, List.of(), List.of(new TaxId(TaxId.Type.PAN, "ABCDE1234F", TaxId.Party.SHIPPER, "IN"))))));
        CarrierException thirdParty = failure(() -> CARRIER.createShipment(context(wm),
                international(customs(DutiesPayer.THIRD_PARTY, Incoterm.DAP, false, List.of(), List.of()))));
        CarrierException word = failure(() -> CARRIER.createShipment(context(wm), international(customs(DutiesPayer.RECIPIENT,
                Incoterm.DAP, true, List.of(new TradeDocument(TradeDocument.Type.OTHER, "a.docx", "application/msword", INVOICE)),
                List.of()))));

        assertThat(List.of(pan, thirdParty, word)).extracting(CarrierException::category).containsOnly(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(List.of(pan, thirdParty, word)).extracting(CarrierException::field)
                .containsExactly("customs.taxIds[0].type", "customs.dutiesPayer", "customs.documents[0].contentType");
        assertThat(thirdParty.getMessage()).contains(DhlSettings.DUTIES_ACCOUNT_NUMBER);
        assertThat(wm.getWireMock().getServeEvents()).isEmpty();
    }

    private static ShipmentRequest international(CustomsDeclaration customs) {
        ShipmentRequest sample = SampleRequests.international();
        return new ShipmentRequest(sample.service(), sample.serviceLevel(), sample.shipper(), sample.recipient(), sample.parcels(),
                sample.reference(), sample.options(), customs);
    }

    private static CustomsDeclaration customs(DutiesPayer payer, Incoterm incoterm, boolean paperless, List<TradeDocument> documents,
                                              List<TaxId> taxIds) {
        CustomsDeclaration sample = SampleRequests.customs();
        return new CustomsDeclaration(sample.contentType(), sample.contentDescription(), incoterm, payer, sample.invoiceNumber(),
                sample.invoiceDate(), sample.exportReason(), sample.items(), taxIds, paperless, documents);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

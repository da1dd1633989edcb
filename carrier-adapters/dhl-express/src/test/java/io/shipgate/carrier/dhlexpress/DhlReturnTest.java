package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
class DhlReturnTest {

    private static final String IMPORT_ACCOUNT = "950000001";

    @Test
    void aReturnIsALabelFromTheCustomerToTheWarehouseBilledToTheImportAccount(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("shipment/response.json")).withStatus(201)));

        ShipmentConfirmation confirmation = CARRIER.createReturn(
                context(wm, Map.of(DhlSettings.IMPORT_ACCOUNT_NUMBER, IMPORT_ACCOUNT)).withIdempotencyKey("0b7e7c55-2d4f-3a51-8c1e-6f0a9b2c4d11"),
                returnFromGermany(returnedGoods()));

        verify(postRequestedFor(urlEqualTo(path("/shipments")))
                .withHeader("Message-Reference", equalTo("0b7e7c55-2d4f-3a51-8c1e-6f0a9b2c4d11"))
                .withRequestBody(matchingJsonPath("$.accounts", equalToJson("[{\"typeCode\": \"shipper\", \"number\": \"950000001\"}]")))
                .withRequestBody(matchingJsonPath("$.productCode", equalTo("P")))
                .withRequestBody(matchingJsonPath("$.customerDetails.shipperDetails.postalAddress.cityName", equalTo("Berlin")))
                .withRequestBody(matchingJsonPath("$.customerDetails.receiverDetails.contactInformation.companyName", equalTo("Acme Widgets")))
                .withRequestBody(matchingJsonPath("$.content.unitOfMeasurement", equalTo("metric")))
                .withRequestBody(matchingJsonPath("$.content.packages[0].weight", equalTo("1.5")))
                .withRequestBody(matchingJsonPath("$.content.packages[0].customerReferences[0].value", equalTo("RMA-77")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration.exportReasonType", equalTo("return_to_origin"))));
        assertThat(confirmation.awb()).isEqualTo("1234567890");
        assertThat(confirmation.labels()).isNotEmpty();
    }

    @Test
    void aReturnDhlRefusesNamesTheReturnsOwnFields(WireMockRuntimeInfo wm) {
        stubFor(post(path("/shipments")).willReturn(okJson(fixture("error/validation.json")).withStatus(422)));

        CarrierException refused = failure(() -> CARRIER.createReturn(context(wm), returnFromGermany(returnedGoods())));
        CarrierException undeclared = failure(() -> CARRIER.createReturn(context(wm), returnFromGermany(null)));

        assertThat(refused.field()).isEqualTo("warehouse.city");
        assertThat(undeclared.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(undeclared.field()).isEqualTo("customs");
    }

    private static ReturnRequest returnFromGermany(CustomsDeclaration customs) {
        return new ReturnRequest(SampleRequests.DE_RECIPIENT, SampleRequests.US_SHIPPER, List.of(SampleRequests.SMALL_BOX), null,
                "RMA-77", "1234567890", "Too small", customs);
    }

    private static CustomsDeclaration returnedGoods() {
        CustomsDeclaration sample = SampleRequests.customs();
        return new CustomsDeclaration(sample.contentType(), "Returned T-shirts", sample.incoterm(), sample.dutiesPayer(), null, null,
                ExportReason.RETURN, sample.items(), List.of(), false, List.of());
    }
}

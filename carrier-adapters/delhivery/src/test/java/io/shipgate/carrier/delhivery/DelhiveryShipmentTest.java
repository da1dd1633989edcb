package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.AWB;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.ok;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.stubPincode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create shipment: the pincode check, the form-encoded manifest, the packing slip fetched as the
 * PDF label, and every way Delhivery says no (nothing is reported created then).
 */
@WireMockTest
class DelhiveryShipmentTest {

    private static final String CREATE = "/api/cmu/create.json";
    private static final String SLIP = "/api/p/packing_slip";
    private static final String PDF = "/label-store/packing_slip/36391910012345.pdf";

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        ctx = DelhiveryFixtures.context(wm);
        stubPincode("560001", "pincode/serviceable-560001.json");
        stubFor(get(urlPathEqualTo(SLIP)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                DelhiveryFixtures.fixture(wm, "label/packing-slip.json"))));
        stubFor(get(urlPathEqualTo(PDF)).willReturn(aResponse().withHeader("Content-Type", "application/pdf")
                .withBody(DelhiveryFixtures.bytes("label/packing-slip-36391910012345.pdf"))));
    }

    private static Map<String, String> manifestForm() {
        List<LoggedRequest> posts = findAll(postRequestedFor(urlEqualTo(CREATE)));
        assertThat(posts).hasSize(1);
        return DelhiveryFixtures.form(posts.getFirst().getBodyAsString());
    }

    @Test
    void aCodShipmentIsManifestedFormEncodedAndItsPackingSlipIsTheLabel() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/success-cod.json")));

        ShipmentConfirmation confirmation = carrier.createShipment(ctx, SampleRequests.indiaCod());

        verify(getRequestedFor(urlEqualTo("/c/api/pin-codes/json/?filter_codes=560001")));
        verify(postRequestedFor(urlEqualTo(CREATE))
                .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded")));
        Map<String, String> form = manifestForm();
        assertThat(form).containsOnlyKeys("format", "data").containsEntry("format", "json");
        assertThat(DelhiveryFixtures.json(form.get("data"))).isEqualTo(DelhiveryFixtures.json(DelhiveryFixtures.fixture("manifest/request-cod.json")));

        verify(getRequestedFor(urlEqualTo(SLIP + "?wbns=" + AWB + "&pdf=true&pdf_size=4R"))
                .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN)));
        verify(getRequestedFor(urlPathEqualTo(PDF)).withHeader("Authorization", absent()));

        assertThat(confirmation.awb()).isEqualTo(AWB);
        assertThat(confirmation.parcelTrackingNumbers()).containsExactly(AWB);
        assertThat(confirmation.service()).isEqualTo("surface");
        assertThat(confirmation.charged()).isNull();
        assertThat(confirmation.labels()).singleElement().satisfies(label -> {
            assertThat(label.format()).isEqualTo(LabelFormat.PDF);
            assertThat(label.parcelNumber()).isEqualTo(1);
            assertThat(LabelScanner.barcodeOfPdf(label.content(), 0)).isEqualTo(AWB);
        });
        assertThat(DelhiveryFixtures.json(confirmation.carrierPayload()).path("packages").path(0).path("waybill").asText()).isEqualTo(AWB);
    }

    @Test
    void aPrepaidExpressShipmentHasNoCodAndGramsAndCentimetresFromPoundsAndInches() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/success-prepaid.json")));
        ShipmentRequest prepaid = new ShipmentRequest(null, ServiceLevel.EXPRESS, SampleRequests.IN_SHIPPER, SampleRequests.IN_RECIPIENT,
                List.of(SampleRequests.LB_BOX), "ORDER-1005", new ShipmentOptions(null, Money.of("2500", "INR"), null, null, null, null), null);

        assertThat(carrier.createShipment(ctx, prepaid).service()).isEqualTo("express");

        var shipment = DelhiveryFixtures.json(manifestForm().get("data")).path("shipments").path(0);
        assertThat(shipment.path("payment_mode").asText()).isEqualTo("Prepaid");
        assertThat(shipment.has("cod_amount")).isFalse();
        assertThat(shipment.path("total_amount").asText()).isEqualTo("2500");
        assertThat(shipment.path("shipping_mode").asText()).isEqualTo("Express");
        assertThat(shipment.path("weight").asLong()).isEqualTo(1814);
        assertThat(shipment.path("shipment_length").decimalValue()).isEqualByComparingTo("30.48");
        assertThat(shipment.path("shipment_width").decimalValue()).isEqualByComparingTo("22.86");
        assertThat(shipment.path("shipment_height").decimalValue()).isEqualByComparingTo("15.24");
    }

    @Test
    void aPackingSlipWithThePdfInlineNeedsNoDownload() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/success-cod.json")));
        stubFor(get(urlPathEqualTo(SLIP)).willReturn(ok("label/packing-slip-encoded.json")));

        ShipmentConfirmation confirmation = carrier.createShipment(ctx, SampleRequests.indiaCod());

        assertThat(LabelScanner.barcodeOfPdf(confirmation.labels().getFirst().content(), 0)).isEqualTo(AWB);
        verify(0, getRequestedFor(urlPathEqualTo(PDF)));
    }

    @Test
    void codWhereThePincodeHasNoCodIsNotServiceableAndNothingIsManifested() {
        stubPincode("795001", "pincode/prepaid-only-795001.json");
        CarrierException refused = failure(() -> carrier.createShipment(ctx, to("795001", SampleRequests.indiaCod().options())));
        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(refused.field()).isEqualTo("options.cod");
        assertThat(refused.getMessage()).contains("does not collect cash on delivery at pincode 795001");

        stubPincode("400001", "pincode/cod-limit-400001.json");
        CarrierException above = failure(() -> carrier.createShipment(ctx, to("400001", SampleRequests.indiaCod().options())));
        assertThat(above.carrierCode()).isEqualTo("COD_LIMIT_EXCEEDED");
        verify(0, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void unservedEmbargoedAndCodOnlyPincodesAreNotServiceable() {
        stubPincode("194101", "pincode/not-serviceable.json");
        stubPincode("110001", "pincode/embargo-110001.json");
        for (String pin : List.of("194101", "110001")) {
            CarrierException refused = failure(() -> carrier.createShipment(ctx, to(pin, ShipmentOptions.NONE)));
            assertThat(refused.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
            assertThat(refused.field()).isEqualTo("recipient.postalCode");
            assertThat(refused.getMessage()).contains(pin);
        }
        stubPincode("794001", "pincode/cod-only-794001.json");
        CarrierException codOnly = failure(() -> carrier.createShipment(ctx, to("794001", ShipmentOptions.NONE)));
        assertThat(codOnly.carrierCode()).isEqualTo("PREPAID_NOT_SERVICEABLE");
        verify(0, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void whatDelhiveryCannotCarryIsRefusedBeforeAnyCall() {
        CarrierException usd = failure(() -> carrier.createShipment(ctx, withOptions(new ShipmentOptions(Money.of("18", "USD"), null, null,
                null, null, null))));
        assertThat(usd.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(usd.field()).isEqualTo("options.cod.currency");
        assertThat(usd.getMessage()).contains("INR");

        CarrierException abroad = failure(() -> carrier.createShipment(ctx, SampleRequests.international()));
        assertThat(abroad.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(abroad.field()).isEqualTo("recipient.country");

        CarrierException sameDay = failure(() -> carrier.createShipment(ctx, new ShipmentRequest(null, ServiceLevel.SAME_DAY,
                SampleRequests.IN_SHIPPER, SampleRequests.IN_RECIPIENT, List.of(SampleRequests.SMALL_BOX), "ORDER-9", null, null)));
        assertThat(sameDay.field()).isEqualTo("serviceLevel");

        CarrierException noPhone = failure(() -> carrier.createShipment(ctx, new ShipmentRequest(null, null, SampleRequests.IN_SHIPPER,
                SampleRequests.IN_RECIPIENT.withPhone(null), List.of(SampleRequests.SMALL_BOX), "ORDER-9", null, null)));
        assertThat(noPhone.field()).isEqualTo("recipient.phone");

        CarrierException noOrder = failure(() -> carrier.createShipment(ctx, new ShipmentRequest(null, null, SampleRequests.IN_SHIPPER,
                SampleRequests.IN_RECIPIENT, List.of(SampleRequests.SMALL_BOX), null, null, null)));
        assertThat(noOrder.field()).isEqualTo("reference");
        verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutAReferenceTheGatewaysIdempotencyKeyIsTheOrderId() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/success-cod.json")));
        ShipmentRequest request = new ShipmentRequest(null, null, SampleRequests.IN_SHIPPER, SampleRequests.IN_RECIPIENT,
                List.of(SampleRequests.SMALL_BOX), null, SampleRequests.indiaCod().options(), null);

        carrier.createShipment(ctx.withIdempotencyKey("sg-7f3a9c"), request);

        assertThat(DelhiveryFixtures.json(manifestForm().get("data")).path("shipments").path(0).path("order").asText()).isEqualTo("sg-7f3a9c");
    }

    @Test
    void aFailedPackageInA200IsARefusalWithTheRemarkNeverACreatedShipment() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/fail-duplicate.json")));
        CarrierException duplicate = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));
        assertThat(duplicate.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(duplicate.carrierCode()).isEqualTo("DUPLICATE_ORDER");
        assertThat(duplicate.field()).isEqualTo("reference");
        assertThat(duplicate.getMessage()).contains("Duplicate order id");

        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/fail-non-serviceable.json")));
        CarrierException pincode = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));
        assertThat(pincode.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(pincode.field()).isEqualTo("recipient.postalCode");

        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/fail-warehouse.json")));
        CarrierException warehouse = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));
        assertThat(warehouse.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(warehouse.carrierCode()).isEqualTo("UNKNOWN_PICKUP_LOCATION");
        assertThat(warehouse.getMessage()).contains("ClientWarehouse matching query does not exist").contains("pickup_location");

        verify(0, getRequestedFor(urlPathEqualTo(SLIP)));
    }

    @Test
    void aRefusalFlaggedErrorTrueGivesTheRemarkNotTheFlag() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/fail-error-flag.json")));
        CarrierException warehouse = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));
        assertThat(warehouse.carrierCode()).isEqualTo("UNKNOWN_PICKUP_LOCATION");
        assertThat(warehouse.getMessage()).contains("ClientWarehouse matching query does not exist").doesNotContain(": true");

        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/fail-error-flag-remarks.json")));
        CarrierException duplicate = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));
        assertThat(duplicate.carrierCode()).isEqualTo("DUPLICATE_ORDER");
        assertThat(duplicate.field()).isEqualTo("reference");
        assertThat(duplicate.getMessage()).contains("Duplicate order id").doesNotContain(": true");
    }

    @Test
    void aWaybillWhoseLabelCannotBeFetchedIsCancelledAndTheFailureReported() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/success-cod.json")));
        stubFor(get(urlPathEqualTo(SLIP)).willReturn(ok("label/packing-slip-empty.json")));
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(ok("edit/cancel-success.json")));

        CarrierException noLabel = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));

        assertThat(noLabel.category()).isEqualTo(CarrierErrorCategory.UNKNOWN);
        assertThat(noLabel.carrierCode()).isEqualTo("NO_LABEL");
        verify(postRequestedFor(urlEqualTo("/api/p/edit")).withRequestBody(equalToJson("""
                {"waybill": "36391910012345", "cancellation": "true"}""")));
    }

    @Test
    void aSoldWaybillWhoseSlipIsNotAReadablePdfStandsWithAWarning() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(ok("manifest/success-cod.json")));
        stubFor(post(urlEqualTo("/api/p/edit")).willReturn(ok("edit/cancel-success.json")));
        for (String slip : List.of("label/packing-slip-not-pdf.json", "label/packing-slip-bad-base64.json")) {
            stubFor(get(urlPathEqualTo(SLIP)).willReturn(ok(slip)));

            ShipmentConfirmation confirmation = carrier.createShipment(ctx, SampleRequests.indiaCod());

            assertThat(confirmation.awb()).as(slip).isEqualTo(AWB);
            assertThat(confirmation.labels()).as(slip).isEmpty();
            assertThat(confirmation.messages()).as(slip).singleElement().satisfies(message -> {
                assertThat(message.code()).isEqualTo(CarrierMessage.LABEL_UNREADABLE);
                assertThat(message.level()).isEqualTo(CarrierMessage.Level.WARNING);
            });
        }
        verify(0, postRequestedFor(urlEqualTo("/api/p/edit")));
    }

    @Test
    void aRefusedTokenAndAnOutageAreReportedAsSuch() {
        stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(401).withBody(DelhiveryFixtures.fixture("errors/unauthorized.txt"))));
        CarrierException refused = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));
        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
        assertThat(refused.retryable()).isFalse();

        stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(502).withBody(DelhiveryFixtures.fixture("errors/bad-gateway.html"))));
        CarrierException down = failure(() -> carrier.createShipment(ctx, SampleRequests.indiaCod()));
        assertThat(down.category()).isEqualTo(CarrierErrorCategory.UNAVAILABLE);
        assertThat(down.retryable()).isTrue();
        assertThat(down.getMessage()).contains("HTTP 502").doesNotContain("<html>");
        verify(postRequestedFor(urlEqualTo(CREATE)).withRequestBody(containing("format=json")));
    }

    private static ShipmentRequest to(String pin, ShipmentOptions options) {
        var recipient = SampleRequests.IN_RECIPIENT;
        return new ShipmentRequest(null, ServiceLevel.STANDARD, SampleRequests.IN_SHIPPER,
                new io.shipgate.carrier.model.Address(recipient.name(), null, recipient.phone(), null, recipient.street1(), null,
                        recipient.city(), recipient.state(), pin, "IN", true),
                List.of(SampleRequests.SMALL_BOX), "ORDER-1006", options, null);
    }

    private static ShipmentRequest withOptions(ShipmentOptions options) {
        return new ShipmentRequest(null, ServiceLevel.STANDARD, SampleRequests.IN_SHIPPER, SampleRequests.IN_RECIPIENT,
                List.of(SampleRequests.SMALL_BOX), "ORDER-1007", options, null);
    }
}

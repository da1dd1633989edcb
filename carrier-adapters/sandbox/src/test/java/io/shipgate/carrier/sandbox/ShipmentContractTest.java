package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.simulator.SandboxAwb;
import io.shipgate.carrier.simulator.SimulatorResponse;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.carrier.testkit.SampleRequests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

class ShipmentContractTest {

    private static final SimulatedSandbox SANDBOX = new SimulatedSandbox();

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    private static ShipmentConfirmation create(ShipmentRequest request) {
        return SANDBOX.carrier.createShipment(SANDBOX.context(), request);
    }

    private static Label label(ShipmentConfirmation confirmation, LabelFormat format, Integer parcel) {
        return confirmation.labels().stream().filter(l -> l.format() == format && Objects.equals(l.parcelNumber(), parcel))
                .findFirst().orElseThrow();
    }

    @Test
    void multiPieceShipmentGetsPerParcelNumbersAndScannableLabelsInEveryFormat() throws Exception {
        ShipmentConfirmation confirmation = create(SampleRequests.multiPiece());

        String awb = confirmation.awb();
        assertThat(SandboxAwb.isValid(awb)).isTrue();
        assertThat(confirmation.service()).isEqualTo("sandbox_express");
        assertThat(confirmation.charged().currency()).isEqualTo("USD");
        assertThat(confirmation.parcelTrackingNumbers()).hasSize(2).doesNotHaveDuplicates().first().isEqualTo(awb);
        assertThat(confirmation.parcelTrackingNumbers()).allMatch(SandboxAwb::isValid);
        assertThat(confirmation.labels()).extracting(Label::format, Label::parcelNumber).containsExactly(
                tuple(LabelFormat.PDF, null), tuple(LabelFormat.ZPL, null),
                tuple(LabelFormat.PNG, 1), tuple(LabelFormat.PNG, 2));
        assertThat(confirmation.carrierPayload()).contains(awb).doesNotContain("content_base64");

        byte[] pdf = label(confirmation, LabelFormat.PDF, null).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(288f, offset(0.01f));
                assertThat(page.getMediaBox().getHeight()).isEqualTo(432f, offset(0.01f));
            }
            assertThat(new PDFTextStripper().getText(document)).contains("SHIPGATE SANDBOX", "SANDBOX EXPRESS", "PARCEL 2/2",
                    "ORDER-1002", "Grace Recipient", awb);
        }
        assertThat(LabelScanner.barcodeOfPdf(pdf, 0)).isEqualTo(awb);

        String zpl = new String(label(confirmation, LabelFormat.ZPL, null).content(), StandardCharsets.UTF_8);
        assertThat(zpl).startsWith("^XA").contains("^BC", "^FD" + awb + "^FS").endsWith("^XZ\n");
        assertThat(zpl.split("\\^XA", -1)).hasSize(3);

        byte[] png = label(confirmation, LabelFormat.PNG, 2).content();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(812);
        assertThat(image.getHeight()).isEqualTo(1218);
        assertThat(LabelScanner.barcodeOfPng(png)).isEqualTo(awb);
    }

    @Test
    void namesThePdfFontsCannotEncodeArePrintedAsQuestionMarks() throws Exception {
        ShipmentRequest sample = SampleRequests.domestic();
        Address devanagari = new Address("राहुल शर्मा", null, null, null, "1 Market St", null, "San Francisco", "CA", "94105", "US", true);
        ShipmentRequest request = new ShipmentRequest(null, sample.serviceLevel(), sample.shipper(), devanagari, sample.parcels(),
                sample.reference(), sample.options(), null);

        ShipmentConfirmation confirmation = create(request);

        try (PDDocument document = Loader.loadPDF(label(confirmation, LabelFormat.PDF, null).content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("????? ?????");
        }
        assertThat(new String(label(confirmation, LabelFormat.ZPL, null).content(), StandardCharsets.UTF_8)).contains("राहुल शर्मा");
    }

    @Test
    void cancellingBeforePickupWorksAndTrackingThenSaysCancelled() {
        ShipmentConfirmation confirmation = create(SampleRequests.domestic());
        ShipmentRef shipment = ShipmentRef.awb(confirmation.awb());

        SANDBOX.clock.advance(Duration.ofSeconds(30));
        assertThat(SANDBOX.carrier.cancelShipment(SANDBOX.context(), shipment).awb()).isEqualTo(confirmation.awb());

        SANDBOX.clock.advance(Duration.ofMinutes(10));
        assertThat(SANDBOX.carrier.track(SANDBOX.context(), shipment).status()).isEqualTo(TrackingStatus.CANCELLED);
    }

    @Test
    void cancellingAfterPickupIsRefusedAsInvalidState() {
        ShipmentRef shipment = ShipmentRef.awb(create(SampleRequests.domestic()).awb());

        SANDBOX.clock.advance(Duration.ofSeconds(60));

        assertThatThrownBy(() -> SANDBOX.carrier.cancelShipment(SANDBOX.context(), shipment))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
                    assertThat(e.carrierCode()).isEqualTo("ALREADY_PICKED_UP");
                });
    }

    @Test
    void crossBorderShipmentNeedsCustomsAndOvernightStaysDomestic() {
        ShipmentRequest international = SampleRequests.international();
        ShipmentRequest withoutCustoms = new ShipmentRequest(null, international.serviceLevel(), international.shipper(),
                international.recipient(), international.parcels(), international.reference(), international.options(), null);
        ShipmentRequest overnight = new ShipmentRequest("sandbox_overnight", null, international.shipper(),
                international.recipient(), international.parcels(), international.reference(), international.options(),
                international.customs());

        assertThat(SandboxAwb.isValid(create(international).awb())).isTrue();
        assertThatThrownBy(() -> create(withoutCustoms)).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(e.field()).isEqualTo("customs");
        });
        assertThatThrownBy(() -> create(overnight)).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
            assertThat(e.field()).isEqualTo("service");
        });
    }

    @Test
    void theSameIdempotencyKeyBuysOneLabel() {
        byte[] body = """
                {"service_code":"sandbox_standard",
                 "shipper":{"name":"Ada","street1":"11 Wall St","city":"New York","state":"NY","postal_code":"10005","country":"US"},
                 "recipient":{"name":"Grace","street1":"1 Market St","city":"San Francisco","state":"CA","postal_code":"94105","country":"US"},
                 "parcels":[{"weight_grams":500}],"label_formats":["ZPL"]}""".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("authorization", "Bearer test-key", "idempotency-key", "order-1001-attempt");

        SimulatorResponse first = SANDBOX.simulator.handle("POST", "/v1/shipments", null, headers, body);
        SimulatorResponse retry = SANDBOX.simulator.handle("POST", "/v1/shipments", null, headers, body);
        SimulatorResponse otherKey = SANDBOX.simulator.handle("POST", "/v1/shipments", null,
                Map.of("authorization", "Bearer test-key", "idempotency-key", "order-1002"), body);
        SimulatorResponse otherBody = SANDBOX.simulator.handle("POST", "/v1/shipments", null, headers,
                new String(body, StandardCharsets.UTF_8).replace("500", "600").getBytes(StandardCharsets.UTF_8));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry).isEqualTo(first);
        assertThat(otherKey.status()).isEqualTo(201);
        assertThat(otherKey.body()).isNotEqualTo(first.body());
        assertThat(otherBody.status()).isEqualTo(422);
    }
}

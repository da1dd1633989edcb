package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.InboundWebhook;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.carrier.spi.TrackingPushes;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.carrier.testkit.SampleRequests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.shipgate.carrier.model.TrackingStatus.DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.FAILED_DELIVERY;
import static io.shipgate.carrier.model.TrackingStatus.IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.MANIFESTED;
import static io.shipgate.carrier.model.TrackingStatus.OUT_FOR_DELIVERY;
import static io.shipgate.carrier.model.TrackingStatus.PICKED_UP;
import static io.shipgate.carrier.model.TrackingStatus.RTO_DELIVERED;
import static io.shipgate.carrier.model.TrackingStatus.RTO_IN_TRANSIT;
import static io.shipgate.carrier.model.TrackingStatus.RTO_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingContractTest {

    private static final SimulatedSandbox SANDBOX = new SimulatedSandbox();
    private static final Duration STEP = Duration.ofSeconds(60);

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    /** The status after each step, from creation until {@code steps} steps later. */
    private static List<TrackingStatus> statusesOverTime(CarrierContext ctx, int steps) {
        ShipmentRef shipment = ShipmentRef.awb(SANDBOX.carrier.createShipment(ctx, SampleRequests.domestic()).awb());
        List<TrackingStatus> statuses = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            statuses.add(SANDBOX.carrier.track(ctx, shipment).status());
            SANDBOX.clock.advance(STEP);
        }
        return statuses;
    }

    @Test
    void trackingAdvancesWithTheClockThroughEveryForwardStatus() {
        CarrierContext ctx = SANDBOX.context();
        assertThat(statusesOverTime(ctx, 5)).containsExactly(MANIFESTED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, DELIVERED);
    }

    @Test
    void eventsCarryTheLocalOffsetOfWhereTheyHappened() {
        CarrierContext ctx = SANDBOX.context();
        ShipmentRef shipment = ShipmentRef.awb(SANDBOX.carrier.createShipment(ctx, SampleRequests.domestic()).awb());
        SANDBOX.clock.advance(STEP.multipliedBy(4));

        TrackingResult tracking = SANDBOX.carrier.track(ctx, shipment);

        assertThat(tracking.events()).extracting(TrackingEvent::carrierCode).containsExactly("MAN", "PKD", "ITR", "OFD", "DLV");
        assertThat(tracking.events()).extracting(e -> e.occurredAt().getOffset()).containsExactly(
                ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-6), ZoneOffset.ofHours(-8), ZoneOffset.ofHours(-8));
        assertThat(tracking.events().getFirst().location().city()).isEqualTo("New York");
        assertThat(tracking.events().getLast().location().city()).isEqualTo("San Francisco");
        assertThat(tracking.events().getLast().occurredAt().toInstant()).isEqualTo(SANDBOX.clock.instant());
        assertThat(tracking.estimatedDelivery()).as("none once delivered").isNull();
        assertThat(tracking.deliveredAt()).isEqualTo(tracking.events().getLast().occurredAt());
        assertThat(tracking.carrierPayload()).contains(shipment.awb());
    }

    @Test
    void aFailedAttemptRaisesAnNdrReasonThenDelivers() {
        CarrierContext ctx = SANDBOX.context(Map.of(SandboxSettings.FAILED_ATTEMPT_RATE, "1.0"));
        ShipmentRef shipment = ShipmentRef.awb(SANDBOX.carrier.createShipment(ctx, SampleRequests.domestic()).awb());
        SANDBOX.clock.advance(STEP.multipliedBy(6));

        TrackingResult tracking = SANDBOX.carrier.track(ctx, shipment);

        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(
                MANIFESTED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, FAILED_DELIVERY, OUT_FOR_DELIVERY, DELIVERED);
        assertThat(tracking.events()).filteredOn(e -> e.status() == FAILED_DELIVERY).singleElement()
                .satisfies(e -> assertThat(e.ndrReason()).isNotNull());
        assertThat(tracking.events()).filteredOn(e -> e.status() != FAILED_DELIVERY).allMatch(e -> e.ndrReason() == null);
    }

    @Test
    void returnToOriginGoesBackAfterTwoFailedAttempts() {
        CarrierContext ctx = SANDBOX.context(Map.of(SandboxSettings.RTO_RATE, "1"));

        List<TrackingStatus> statuses = statusesOverTime(ctx, 9);

        assertThat(statuses).containsExactly(MANIFESTED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, FAILED_DELIVERY,
                OUT_FOR_DELIVERY, FAILED_DELIVERY, RTO_REQUESTED, RTO_IN_TRANSIT, RTO_DELIVERED);
    }

    @Test
    void proofOfDeliveryOnlyOnceDeliveredWithTheSignerAndAOnePageLetter() {
        CarrierContext ctx = SANDBOX.context();
        ShipmentRef shipment = ShipmentRef.awb(SANDBOX.carrier.createShipment(ctx, SampleRequests.domestic()).awb());
        SANDBOX.clock.advance(STEP.multipliedBy(3));
        assertThatThrownBy(() -> SANDBOX.carrier.proofOfDelivery(ctx, shipment)).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_STATE);
            assertThat(e.carrierCode()).isEqualTo("NOT_DELIVERED");
        });
        SANDBOX.clock.advance(STEP.multipliedBy(2));
        TrackingEvent delivered = SANDBOX.carrier.track(ctx, shipment).events().getLast();

        ProofOfDelivery pod = SANDBOX.carrier.proofOfDelivery(ctx, shipment);

        assertThat(delivered.status()).isEqualTo(DELIVERED);
        assertThat(pod.awb()).isEqualTo(shipment.awb());
        assertThat(pod.deliveredAt().toInstant()).isEqualTo(delivered.occurredAt().toInstant());
        assertThat(pod.deliveredAt().getOffset()).isEqualTo(delivered.occurredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(pod.signedBy()).isEqualTo("G. RECIPIENT");
        assertThat(pod.deliveryLocation()).isEqualTo("San Francisco, CA 94105, US");
        assertThat(pod.documents()).singleElement().satisfies(letter -> {
            assertThat(letter.contentType()).isEqualTo("application/pdf");
            assertThat(LabelScanner.pdfPageCount(letter.content())).isEqualTo(1);
            assertThat(text(letter.content())).contains(shipment.awb(), "G. RECIPIENT", "San Francisco", "UTC-08:00")
                    .doesNotContain("Grace", "Market");
        });
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    @Test
    void signedPushesAreParsedAndUnsignedOnesRefused() {
        CarrierContext ctx = SANDBOX.context();
        ShipmentRef shipment = ShipmentRef.awb(SANDBOX.carrier.createShipment(ctx, SampleRequests.domestic()).awb());
        byte[] push = SANDBOX.carrier.track(ctx, shipment).carrierPayload().getBytes(StandardCharsets.UTF_8);
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SimulatedSandbox.WEBHOOK_SECRET, push));

        List<TrackingResult> parsed = SANDBOX.carrier.parseWebhook(ctx, webhook(signature, push));

        assertThat(parsed).singleElement().satisfies(t -> {
            assertThat(t.awb()).isEqualTo(shipment.awb());
            assertThat(t.status()).isEqualTo(MANIFESTED);
        });
        byte[] tampered = new String(push, StandardCharsets.UTF_8).replace("MAN", "DLV").getBytes(StandardCharsets.UTF_8);
        assertRefused(ctx, webhook(signature, tampered));
        assertRefused(ctx, new InboundWebhook(Map.of(), push));
        assertRefused(ctx, webhook("sha256=not-hex", push));
        CarrierContext withoutSecret = SANDBOX.context(Map.of(), Map.of(SandboxSettings.API_KEY, "test-key"), Duration.ofSeconds(5));
        assertRefused(withoutSecret, webhook(signature, push));
    }

    @Test
    void aSignedBodyThatIsNotATrackingPushIsTheSendersMistake() {
        CarrierContext ctx = SANDBOX.context();
        for (String body : List.of("not JSON", "[1, 2]", "{\"status\": \"DLV\", \"events\": []}",
                "{\"awb\": \"SB1\", \"events\": [{\"code\": \"DLV\"}]}",
                "{\"awb\": \"SB1\", \"events\": [{\"code\": \"DLV\", \"timestamp\": \"yesterday\"}]}")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SimulatedSandbox.WEBHOOK_SECRET, bytes));
            assertThatThrownBy(() -> SANDBOX.carrier.parseWebhook(ctx, webhook(signature, bytes))).as(body)
                    .isInstanceOfSatisfying(CarrierException.class, e -> {
                        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                        assertThat(e.carrierCode()).isEqualTo(TrackingPushes.MALFORMED);
                        assertThat(e.getMessage()).doesNotContain("yesterday");
                    });
            assertRefused(ctx, new InboundWebhook(Map.of(), bytes));
        }
    }

    private static InboundWebhook webhook(String signature, byte[] body) {
        return new InboundWebhook(Map.of("x-sandbox-signature", List.of(signature)), body);
    }

    private static void assertRefused(CarrierContext ctx, InboundWebhook webhook) {
        assertThatThrownBy(() -> SANDBOX.carrier.parseWebhook(ctx, webhook)).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION));
    }
}

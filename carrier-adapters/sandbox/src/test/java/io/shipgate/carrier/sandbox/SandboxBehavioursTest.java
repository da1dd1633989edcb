package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.sandbox.rate.SandboxRateMapper;
import io.shipgate.carrier.sandbox.shipment.SandboxShipmentMapper;
import io.shipgate.carrier.sandbox.tracking.SandboxTrackingMapper;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15's behaviours where they apply to the sandbox: 3 (an AWB the carrier does not know is
 * NOT_FOUND), 6 (a sold label that cannot be read is a warning beside the AWB), 10 (delivered: the delivery time, no estimate; estimates keep their window) and 11
 * (labels print the shipper's local date and the merchant's weight unit). Fixtures under
 * {@code src/test/resources/sandbox/} (see its README.md).
 */
class SandboxBehavioursTest {

    private static final SimulatedSandbox SANDBOX = new SimulatedSandbox();

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Test
    void behaviour3TrackingAnAwbTheSandboxDoesNotKnowIsNotFoundNotANewLabel() {
        assertThatThrownBy(() -> SANDBOX.carrier.track(SANDBOX.context(), ShipmentRef.awb("SB0000000000000000000000000001")))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
                    assertThat(e.carrierCode()).isEqualTo("NOT_FOUND");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void behaviour3AnotherAccountsAwbIsNotFoundToo() {
        String awb = SANDBOX.carrier.createShipment(SANDBOX.context(), SampleRequests.domestic()).awb();

        assertThatThrownBy(() -> SANDBOX.carrier.track(SANDBOX.contextOf("another-key"), ShipmentRef.awb(awb)))
                .isInstanceOfSatisfying(CarrierException.class, e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND));
    }

    @Test
    void behaviour10ADeliveredShipmentCarriesItsDeliveryTimeAndNoEstimate() {
        byte[] delivered = SandboxRobustnessTest.fixture("tracking/tracking-delivered.json").getBytes(StandardCharsets.UTF_8);

        TrackingResult tracking = SandboxTrackingMapper.parse(delivered);

        assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(tracking.estimatedDelivery()).isNull();
        assertThat(tracking.latestDelivery()).isNull();
        assertThat(tracking.deliveredAt()).isEqualTo(OffsetDateTime.parse("2026-01-12T11:00:00-08:00"));
    }

    @Test
    void behaviour10TheSimulatorStopsEstimatingOnceDelivered() {
        CarrierContext ctx = SANDBOX.context();
        ShipmentRef shipment = ShipmentRef.awb(SANDBOX.carrier.createShipment(ctx, SampleRequests.domestic()).awb());
        assertThat(SANDBOX.carrier.track(ctx, shipment).estimatedDelivery()).isNotNull();
        SANDBOX.clock.advance(Duration.ofSeconds(60).multipliedBy(4));

        TrackingResult delivered = SANDBOX.carrier.track(ctx, shipment);

        assertThat(delivered.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(delivered.carrierPayload()).doesNotContain("estimated_delivery\":\"");
    }

    @Test
    void behaviour10QuotesKeepTheCarriersDeliveryWindowAndTheirChargesKinds() {
        List<RateQuote> quotes = SandboxRateMapper.parse(SandboxRobustnessTest.fixture("rate/rates.json").getBytes(StandardCharsets.UTF_8))
                .quotes();

        RateQuote economy = quotes.getFirst();
        assertThat(economy.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(economy.latestDelivery()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(economy.charges()).extracting(c -> c.type().name()).containsExactly("BASE", "SURCHARGE");
        assertThat(quotes).filteredOn(RateQuote::guaranteed)
                .allSatisfy(q -> assertThat(q.latestDelivery()).isEqualTo(q.estimatedDelivery()));
    }

    @Test
    void behaviour11TheLabelPrintsTheWeightInTheUnitTheMerchantSent() {
        ShipmentRequest lb = withParcel(Parcel.of(Weight.of("2.5", WeightUnit.LB), null));
        ShipmentRequest kg = withParcel(Parcel.of(Weight.of("1.250", WeightUnit.KG), null));

        assertThat(zpl(SANDBOX.carrier.createShipment(SANDBOX.context(), lb))).contains("WEIGHT 2.5 LB").doesNotContain("KG");
        assertThat(zpl(SANDBOX.carrier.createShipment(SANDBOX.context(), kg))).contains("WEIGHT 1.25 KG");
    }

    @Test
    void behaviour11TheLabelPrintsTheShippersLocalDateNotTheUtcOne() {
        // 22:30 in New York on 12 January is already 13 January in UTC
        MutableClock lateEvening = new MutableClock(Instant.parse("2026-01-13T03:30:00Z"));
        try (SimulatedSandbox sandbox = new SimulatedSandbox(lateEvening, new byte[32])) {
            ShipmentConfirmation label = sandbox.carrier.createShipment(sandbox.context(), SampleRequests.domestic());

            assertThat(zpl(label)).contains("SHIP DATE 2026-01-12").doesNotContain("2026-01-13");
        }
    }

    @Test
    void behaviour6ASoldLabelTheAdapterCannotReadIsAWarningBesideTheAwbNeverAnException() {
        // the PDF without its format (taken by its position), the ZPL without content, the PNG named by an unknown format
        String sold = SandboxRobustnessTest.fixture("shipment/shipment.json")
                .replace("\"format\" : \"PDF\",", "")
                .replace("\"format\" : \"PNG\"", "\"format\" : \"GIF\"")
                .replaceFirst("(\"format\" : \"ZPL\",\\s*\"parcel\" : null,\\s*\"content_base64\" : )\"[^\"]*\"", "$1\"\"");

        ShipmentConfirmation confirmation = SandboxShipmentMapper.parse(sold.getBytes(StandardCharsets.UTF_8));

        assertThat(confirmation.awb()).isEqualTo("SB1768230000000897662544058120");
        assertThat(confirmation.labels()).extracting(Label::format).containsExactly(LabelFormat.PDF, LabelFormat.PNG);
        assertThat(confirmation.messages()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo(CarrierMessage.LABEL_UNREADABLE);
            assertThat(m.level()).isEqualTo(CarrierMessage.Level.WARNING);
        });
        assertThat(confirmation.carrierPayload()).doesNotContain("cGxhY2Vob2xkZXI=");
    }

    private static ShipmentRequest withParcel(Parcel parcel) {
        ShipmentRequest domestic = SampleRequests.domestic();
        return new ShipmentRequest(domestic.service(), domestic.serviceLevel(), domestic.shipper(), domestic.recipient(),
                List.of(parcel), domestic.reference(), domestic.options(), domestic.customs());
    }

    private static String zpl(ShipmentConfirmation confirmation) {
        Label label = confirmation.labels().stream().filter(l -> l.format() == LabelFormat.ZPL).findFirst().orElseThrow();
        return new String(label.content(), StandardCharsets.US_ASCII);
    }
}

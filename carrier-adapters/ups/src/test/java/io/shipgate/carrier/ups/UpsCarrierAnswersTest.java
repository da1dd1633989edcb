package io.shipgate.carrier.ups;

import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.shipgate.carrier.ups.edd.UpsTransitTimeMapper;
import io.shipgate.carrier.ups.rate.UpsRateMapper;
import io.shipgate.carrier.ups.shipment.UpsShipmentMapper;
import io.shipgate.carrier.ups.tracking.UpsTrackingMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15's behaviours on UPS answers (fixtures in {@code /ups/behaviours/}, sources in its README). */
class UpsCarrierAnswersTest {

    private static byte[] fixture(String path) {
        return AdapterTestContext.fixture(path).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void behaviour9QuotesWhatTheMerchantPaysWithTaxesAndKeepsTheBreakdown() {
        RateResponse answer = UpsRateMapper.parse(fixture("/ups/behaviours/rate-total-with-taxes.json"));

        RateQuote standard = answer.quotes().getFirst();
        assertThat(standard.total()).isEqualTo(Money.of("11.76", "GBP"));
        assertThat(standard.charges()).containsExactly(
                new Charge("base", Money.of("8.55", "GBP"), ChargeType.BASE),
                new Charge("itemized 375", Money.of("1.25", "GBP"), ChargeType.SURCHARGE),
                new Charge("VAT", Money.of("1.96", "GBP"), ChargeType.TAX));
        // UPS's alerts beside the quotes: the answer's as information, the service's as a warning about it
        assertThat(answer.messages()).extracting(CarrierMessage::code, CarrierMessage::level, CarrierMessage::service).containsExactly(
                org.assertj.core.groups.Tuple.tuple("110971", CarrierMessage.Level.INFO, null),
                org.assertj.core.groups.Tuple.tuple("110920", CarrierMessage.Level.WARNING, "11"));
    }

    @Test
    void behaviour8OneUpsAnswerInOneCurrencyIsQuotedWithoutAWarning() {
        RateResponse answer = UpsRateMapper.parse(fixture("/ups/rate/response.json"));

        assertThat(answer.quotes()).extracting(q -> q.total().currency()).containsOnly("USD");
        assertThat(answer.messages()).extracting(CarrierMessage::code).doesNotContain(CarrierMessage.MIXED_CURRENCIES);
    }

    @Test
    void behaviour6ALabelThatCannotBeDecodedAfterThePurchaseIsAWarningBesideTheAwb() {
        ShipmentConfirmation confirmation = UpsShipmentMapper.parse(fixture("/ups/behaviours/shipment-placeholder-label.json"), "03");

        assertThat(confirmation.awb()).isEqualTo("1ZCIETST0111111114");
        assertThat(confirmation.labels()).isEmpty();
        assertThat(confirmation.messages()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo(CarrierMessage.LABEL_UNREADABLE);
            assertThat(m.level()).isEqualTo(CarrierMessage.Level.WARNING);
        });
    }

    @Test
    void behaviour6ALabelWithoutItsFormatIsTakenByItsBytes() {
        ShipmentConfirmation confirmation = UpsShipmentMapper.parse(fixture("/ups/behaviours/shipment-label-without-format.json"), "03");

        assertThat(confirmation.labels()).singleElement().satisfies(l -> assertThat(l.format()).isEqualTo(LabelFormat.PNG));
        assertThat(confirmation.messages()).isEmpty();
    }

    @Test
    void behaviour7AnAmbiguousDestinationIsAnInvalidRequestWithTheTownsUpsProposes() {
        assertThatThrownBy(() -> UpsTransitTimeMapper.parse(fixture("/ups/behaviours/timeintransit-206-ambiguous-destination.json"), null))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                    assertThat(e.field()).isEqualTo("destination");
                    assertThat(e.candidates()).containsExactly("SPRINGFIELD, IL 62701-62796, US", "SPRINGFIELD, MA 01101-01199, US",
                            "SPRINGFIELD, MO 65801-65899, US");
                });
    }

    @Test
    void behaviour7AShipDateUpsRefusesIsAnInvalidRequestNamingIt() {
        assertThatThrownBy(() -> UpsTransitTimeMapper.parse(fixture("/ups/behaviours/timeintransit-206-invalid-ship-date.json"), null))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
                    assertThat(e.field()).isEqualTo("shipDate");
                    assertThat(e.carrierCode()).isEqualTo("120");
                });
        assertThat(UpsTransitTimeMapper.universalField("destinationPostalCode")).isEqualTo("destination.postalCode");
    }

    @Test
    void behaviour3ANumberUpsDoesNotKnowIsNotFoundWhetherAnswered404OrAsAWarning() {
        CarrierException http = UpsErrors.of(UpsClient.TRACK, new CarrierHttpResponse(404, HttpHeaders.of(Map.of(), (a, b) -> true),
                fixture("/ups/behaviours/tracking-404-not-found.json")));
        assertThat(http.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
        assertThat(http.carrierCode()).isEqualTo("151044");

        assertThatThrownBy(() -> UpsTrackingMapper.parse("1Z9999W99999999999", fixture("/ups/behaviours/tracking-200-warning-no-package.json")))
                .isInstanceOfSatisfying(CarrierException.class, e -> {
                    assertThat(e.category()).isEqualTo(CarrierErrorCategory.NOT_FOUND);
                    assertThat(e.carrierCode()).isEqualTo("TW0001");
                });
    }

    @Test
    void behaviour1OfTwoShipmentsUnderOneNumberTheOneWithTheLatestScanIsTrackedAndNamedInTheRawAnswer() {
        TrackingResult result = UpsTrackingMapper.parse("1Z023E2X0214323462", fixture("/ups/behaviours/tracking-two-shipments-one-number.json"));

        assertThat(result.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(result.events()).hasSize(2).allSatisfy(e -> assertThat(e.occurredAt().getYear()).isEqualTo(2026));
        assertThat(result.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(result.carrierPayload()).contains("\"shipgateChosen\"", "\"of\":2", "2026-11-25T03:15:00-05:00");
    }

    @Test
    void behaviour10ADeliveredPackageCarriesItsDeliveryTimeAndNoEstimate() {
        TrackingResult result = UpsTrackingMapper.parse("1Z023E2X0214323462", fixture("/ups/tracking/response.json"));

        assertThat(result.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(result.estimatedDelivery()).isNull();
        assertThat(result.deliveredAt()).isEqualTo(OffsetDateTime.parse("2021-02-12T10:45:00-05:00"));
    }

    @Test
    void behaviour9TaxesAreAskedForOutsideTheUsOnly() {
        UpsSettings settings = new UpsSettings("id", "secret", "1A2B3C", null, false, null, null);
        Address gb = new Address("Ada", "Acme", "+442071234567", null, "1 High St", null, "London", null, "SW1A 1AA", "GB", false);
        var rates = io.shipgate.carrier.testkit.SampleRequests.rates();

        assertThat(UpsRateMapper.request(rates, settings).rateRequest().shipment().taxInformationIndicator()).isNull();
        var fromGb = new io.shipgate.carrier.model.RateRequest(gb, gb, rates.parcels(), rates.options(), null);
        assertThat(UpsRateMapper.request(fromGb, settings).rateRequest().shipment().taxInformationIndicator()).isEmpty();
    }
}

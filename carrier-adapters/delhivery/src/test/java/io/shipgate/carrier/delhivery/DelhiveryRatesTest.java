package io.shipgate.carrier.delhivery;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.ok;
import static io.shipgate.carrier.delhivery.DelhiveryFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

/** Rates from the charges API: one call per mode, prepaid and COD, in INR with the breakdown. */
@WireMockTest
class DelhiveryRatesTest {

    private static final String CHARGES = "/api/kinko/v1/invoice/charges/.json";

    private final DelhiveryCarrier carrier = new DelhiveryCarrier();
    private CarrierContext ctx;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        ctx = DelhiveryFixtures.context(wm);
    }

    private static RateRequest india(ShipmentOptions options, Parcel parcel) {
        return new RateRequest(SampleRequests.IN_SHIPPER, SampleRequests.IN_RECIPIENT, List.of(parcel), options, null);
    }

    private static void stubMode(String md, String pt, String fixture) {
        stubFor(get(urlPathEqualTo(CHARGES)).withQueryParam("md", equalTo(md)).withQueryParam("pt", equalTo(pt)).willReturn(ok(fixture)));
    }

    @Test
    void prepaidQuotesExpressAndSurfaceInRupeesWithTheirBreakdown() {
        stubMode("E", "Pre-paid", "charges/express-prepaid.json");
        stubMode("S", "Pre-paid", "charges/surface-prepaid.json");

        List<RateQuote> quotes = carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.SMALL_BOX)).quotes();

        for (String md : List.of("E", "S")) {
            verify(getRequestedFor(urlPathEqualTo(CHARGES))
                    .withHeader("Authorization", equalTo("Token " + DelhiveryFixtures.TOKEN))
                    .withQueryParam("md", equalTo(md)).withQueryParam("ss", equalTo("Delivered"))
                    .withQueryParam("o_pin", equalTo("122015")).withQueryParam("d_pin", equalTo("560001"))
                    .withQueryParam("cgm", equalTo("1500")).withQueryParam("pt", equalTo("Pre-paid"))
                    .withQueryParam("cod", absent()));
        }
        assertThat(quotes).extracting(RateQuote::carrier, RateQuote::service, RateQuote::serviceName, RateQuote::serviceLevel, RateQuote::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("delhivery", "express", "Delhivery Express", ServiceLevel.EXPRESS, Money.of("155.95", "INR")),
                        org.assertj.core.groups.Tuple.tuple("delhivery", "surface", "Delhivery Surface", ServiceLevel.STANDARD, Money.of("95.16", "INR")));
        RateQuote surface = quotes.get(1);
        assertThat(surface.charges()).extracting(Charge::name).containsExactly("Freight", "Fuel surcharge", "IGST");
        assertThat(surface.charges().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the breakdown adds up to the total").isEqualByComparingTo("95.16");
        assertThat(surface.transitDays()).isNull();
        assertThat(surface.guaranteed()).isFalse();
    }

    @Test
    void codQuotesSendTheAmountAndIncludeTheCodFee() {
        stubMode("E", "COD", "charges/express-cod.json");
        stubMode("S", "COD", "charges/surface-cod.json");

        List<RateQuote> quotes = carrier.rates(ctx, india(new ShipmentOptions(Money.of("1499.00", "INR"), null, null, null, null, null),
                SampleRequests.SMALL_BOX)).quotes();

        verify(2, getRequestedFor(urlPathEqualTo(CHARGES)).withQueryParam("pt", equalTo("COD")).withQueryParam("cod", equalTo("1499")));
        assertThat(quotes).extracting(RateQuote::total).containsExactly(Money.of("209.05", "INR"), Money.of("148.26", "INR"));
        assertThat(quotes.getFirst().charges()).contains(new Charge("Cash on delivery", Money.of("45.00", "INR"), ChargeType.SURCHARGE));
        assertThat(quotes.getFirst().charges()).extracting(Charge::type)
                .containsExactly(ChargeType.SURCHARGE, ChargeType.BASE, ChargeType.SURCHARGE, ChargeType.TAX);
    }

    @Test
    void theChargeableWeightIsTheVolumetricOneForABulkyParcelAndUnitsAreConverted() {
        stubMode("E", "Pre-paid", "charges/express-prepaid.json");
        stubMode("S", "Pre-paid", "charges/surface-prepaid.json");

        Parcel bulky = Parcel.of(Weight.of("1", WeightUnit.KG), Dimensions.of("40", "30", "20", DimensionUnit.CM));
        carrier.rates(ctx, india(ShipmentOptions.NONE, bulky)).quotes();
        verify(2, getRequestedFor(urlPathEqualTo(CHARGES)).withQueryParam("cgm", equalTo("4800")));

        // 4 lb = 1814 g dead; 12 x 9 x 6 in = 30.48 x 22.86 x 15.24 cm = 10618.96 cm3 -> 2124 g volumetric
        carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.LB_BOX)).quotes();
        verify(2, getRequestedFor(urlPathEqualTo(CHARGES)).withQueryParam("cgm", equalTo("2124")));
    }

    @Test
    void aModeDelhiveryRefusesIsLeftOutButNotWhenBothAre() {
        stubFor(get(urlPathEqualTo(CHARGES)).withQueryParam("md", equalTo("E")).willReturn(status(400, "charges/error.json")));
        stubMode("S", "Pre-paid", "charges/surface-prepaid.json");
        RateResponse partial = carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.SMALL_BOX));
        assertThat(partial.quotes()).extracting(RateQuote::service).containsExactly("surface");
        assertThat(partial.messages()).as("the refused mode's reason beside the usable quote")
                .extracting(CarrierMessage::service, CarrierMessage::level, CarrierMessage::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("express", CarrierMessage.Level.ERROR, "REJECTED"));
        assertThat(partial.messages().getFirst().text()).contains("Unable to process request");

        stubFor(get(urlPathEqualTo(CHARGES)).withQueryParam("md", equalTo("S")).willReturn(status(400, "charges/error.json")));
        CarrierException refused = failure(() -> carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.SMALL_BOX)).quotes());
        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(refused.getMessage()).contains("HTTP 400: Unable to process request");
    }

    @Test
    void noChargesForEitherModeIsNotServiceable() {
        stubFor(get(urlPathEqualTo(CHARGES)).willReturn(ok("charges/empty.json")));
        CarrierException none = failure(() -> carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.SMALL_BOX)).quotes());
        assertThat(none.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(none.field()).isEqualTo("recipient.postalCode");
    }

    @Test
    void throttlingIsRateLimitedForTheMinuteDelhiveryBlocksAndAuthenticationIsNotSwallowed() {
        stubFor(get(urlPathEqualTo(CHARGES)).willReturn(aResponse().withStatus(429)));
        CarrierException throttled = failure(() -> carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.SMALL_BOX)).quotes());
        assertThat(throttled.category()).isEqualTo(CarrierErrorCategory.RATE_LIMITED);
        assertThat(throttled.retryable()).isTrue();
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(1));

        stubFor(get(urlPathEqualTo(CHARGES)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "17")));
        assertThat(failure(() -> carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.SMALL_BOX)).quotes()).retryAfter())
                .isEqualTo(Duration.ofSeconds(17));

        stubFor(get(urlPathEqualTo(CHARGES)).willReturn(aResponse().withStatus(401).withBody(DelhiveryFixtures.fixture("errors/unauthorized.txt"))));
        CarrierException refused = failure(() -> carrier.rates(ctx, india(ShipmentOptions.NONE, SampleRequests.SMALL_BOX)).quotes());
        assertThat(refused.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
        assertThat(refused.getMessage()).contains("Login or API Key Required").doesNotContain(DelhiveryFixtures.TOKEN);
    }

    @Test
    void codInDollarsAndSeveralParcelsAreRefusedBeforeAnyCall() {
        CarrierException usd = failure(() -> carrier.rates(ctx, india(new ShipmentOptions(Money.of("20", "USD"), null, null, null, null, null),
                SampleRequests.SMALL_BOX)).quotes());
        assertThat(usd.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(usd.field()).isEqualTo("options.cod.currency");

        CarrierException twoParcels = failure(() -> carrier.rates(ctx, new RateRequest(SampleRequests.IN_SHIPPER, SampleRequests.IN_RECIPIENT,
                List.of(SampleRequests.SMALL_BOX, SampleRequests.SMALL_BOX), ShipmentOptions.NONE, null)).quotes());
        assertThat(twoParcels.category()).isEqualTo(CarrierErrorCategory.NOT_SERVICEABLE);
        assertThat(twoParcels.field()).isEqualTo("parcels");
        verify(0, getRequestedFor(urlPathEqualTo(CHARGES)));
    }
}

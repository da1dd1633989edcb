package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

/** Rate quotes: {@code POST /rate/v1/rates/quotes} for every service of the lane. */
@WireMockTest
class FedExRatesTest {

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    @Test
    void aDomesticQuoteIsAskedInPoundsAndInchesForEveryService() {
        wm.getWireMock().register(post(urlEqualTo("/rate/v1/rates/quotes")).willReturn(okJson(fixture("rate/rating_response_canada.json"))));

        fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes();

        JsonNode request = sent(wm.getWireMock(), "POST", "/rate/v1/rates/quotes");
        assertRequest(request, "rate/expected_request_domestic.json");
        FedExContract.assertConformsTo(request, json("rate/published_request.json"));
        assertThat(request.at("/requestedShipment/serviceType").isMissingNode()).as("no service type: every service is quoted").isTrue();
        assertThat(request.at("/requestedShipment/shipDateStamp").asText()).isEqualTo("2026-11-24");
    }

    @Test
    void behaviour11WithoutAShipDateTheDayIsTodayWhereTheParcelLeavesNotInUtc() {
        wm.getWireMock().register(post(urlEqualTo("/rate/v1/rates/quotes")).willReturn(okJson(fixture("rate/rating_response_canada.json"))));
        // 03:00 UTC on the 25th is still the evening of the 24th in New York
        Clock evening = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);

        fedex.rates(FedExTestSupport.context(wm.getHttpBaseUrl(), Map.of(), Map.of(), evening),
                SampleRequests.rates()).quotes();

        assertThat(sent(wm.getWireMock(), "POST", "/rate/v1/rates/quotes").at("/requestedShipment/shipDateStamp").asText())
                .isEqualTo("2026-11-24");
    }

    @Test
    void kilogramsAndCentimetresLeaveFromOutsideTheUsAndOptionsArePerPackage() {
        wm.getWireMock().register(post(urlEqualTo("/rate/v1/rates/quotes")).willReturn(okJson(fixture("rate/rating_response_canada.json"))));
        Address berlin = new Address(null, null, null, null, null, null, "Berlin", null, "10117", "DE", false);
        RateRequest request = new RateRequest(berlin, SampleRequests.US_RECIPIENT, List.of(SampleRequests.LB_BOX, SampleRequests.SMALL_BOX),
                new ShipmentOptions(Money.of("30.01", "EUR"), Money.of("100", "EUR"), SignatureOption.ADULT, null, null,
                        LocalDate.of(2026, 12, 1)), SampleRequests.customs());

        fedex.rates(context(wm.getHttpBaseUrl()), request).quotes();

        JsonNode sent = sent(wm.getWireMock(), "POST", "/rate/v1/rates/quotes");
        assertRequest(sent, "rate/expected_request_international_metric.json");
        FedExContract.assertConformsTo(sent, json("rate/published_request.json"));
        JsonNode lbBox = sent.at("/requestedShipment/requestedPackageLineItems/0");
        assertThat(lbBox.at("/weight/units").asText()).isEqualTo("KG");
        assertThat(lbBox.at("/weight/value").decimalValue()).isEqualByComparingTo("1.81"); // 4 lb
        assertThat(lbBox.at("/dimensions/length").asInt()).isEqualTo(31); // 12 in = 30.48 cm, rounded up
        assertThat(lbBox.at("/packageSpecialServices/packageCODDetail/codCollectionAmount/amount").decimalValue())
                .isEqualByComparingTo("15.01");
        assertThat(sent.at("/requestedShipment/requestedPackageLineItems/1/declaredValue/amount").decimalValue())
                .isEqualByComparingTo("50");
    }

    @Test
    void everyServiceIsQuotedAtTheAccountRateWithItsBreakdownAndCommitment() {
        wm.getWireMock().register(post(urlEqualTo("/rate/v1/rates/quotes"))
                .willReturn(okJson(fixture("rate/rating_response_international.json"))));

        List<RateQuote> quotes = fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes();

        assertThat(quotes).extracting(RateQuote::service).containsExactly("INTERNATIONAL_ECONOMY", "INTERNATIONAL_FIRST",
                "FEDEX_GROUND", "FEDEX_INTERNATIONAL_PRIORITY_EXPRESS", "FEDEX_INTERNATIONAL_CONNECT_PLUS", "FEDEX_INTERNATIONAL_PRIORITY");
        assertThat(quotes).allSatisfy(q -> assertThat(q.carrier()).isEqualTo("fedex"));
        RateQuote economy = quotes.getFirst();
        assertThat(economy.serviceName()).isEqualTo("FedEx International Economy®");
        assertThat(economy.serviceLevel()).isEqualTo(ServiceLevel.STANDARD);
        assertThat(economy.total()).isEqualTo(Money.of("954.17", "USD"));
        assertThat(economy.charges()).extracting(Charge::name).containsExactly("Base charge", "Fuel Surcharge", "Demand Surcharge",
                "Residential delivery surcharge");
        assertThat(economy.charges().stream().map(c -> c.amount().amount()).reduce(java.math.BigDecimal::add).orElseThrow())
                .isEqualByComparingTo("954.17");
        assertThat(economy.estimatedDelivery()).as("FedEx: delivery date unavailable").isNull();

        RateQuote ground = quotes.get(2);
        assertThat(ground.total()).as("FedEx's ACCOUNT rating is in CAD, its PREFERRED_CURRENCY one in the account's USD")
                .isEqualTo(Money.of("391.02", "USD"));
        assertThat(ground.estimatedDelivery()).isEqualTo(LocalDate.of(2024, 7, 25));
        assertThat(ground.transitDays()).isEqualTo(4);
        assertThat(ground.guaranteed()).as("ineligible for the money-back guarantee").isFalse();
        assertThat(quotes.get(3).serviceLevel()).isEqualTo(ServiceLevel.EXPRESS);
        assertThat(quotes.get(1).serviceLevel()).isEqualTo(ServiceLevel.OVERNIGHT);
    }

    @Test
    void taxesArePartOfTheNetCharge() {
        wm.getWireMock().register(post(urlEqualTo("/rate/v1/rates/quotes")).willReturn(okJson(fixture("rate/rating_response_canada.json"))));

        RateQuote saver = fedex.rates(context(wm.getHttpBaseUrl()), SampleRequests.rates()).quotes().getFirst();

        assertThat(saver.service()).isEqualTo("FEDEX_EXPRESS_SAVER");
        assertThat(saver.total()).isEqualTo(Money.of("38.54", "USD"));
        assertThat(saver.charges()).containsExactly(new Charge("Base charge", Money.of("29.2", "USD"), ChargeType.BASE),
                new Charge("Fuel Surcharge", Money.of("4.31", "USD"), ChargeType.SURCHARGE),
                new Charge("Canada HST", Money.of("5.03", "USD"), ChargeType.TAX));
    }
}

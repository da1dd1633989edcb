package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class DhlRatesTest {

    @Test
    void crossBorderRatesAreAskedInTheShippersUnitsWithCustomsValueAndInsurance(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(okJson(fixture("rate/response.json"))));

        RateResponse answer = CARRIER.rates(context(wm), SampleRequests.international().toRateRequest());
        List<RateQuote> quotes = answer.quotes();

        verify(postRequestedFor(urlEqualTo(path("/rates")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Message-Reference", absent())
                .withRequestBody(equalToJson(fixture("rate/request-international.json"))));
        assertThat(quotes).containsExactly(new RateQuote("dhl-express", "P", "EXPRESS WORLDWIDE", ServiceLevel.EXPRESS,
                Money.of("89.25", "EUR"),
                // issue 15, behaviour 9: the total is what the merchant pays (taxes included), the breakdown typed
                List.of(new Charge("EXPRESS WORLDWIDE", Money.of("65.5", "EUR"), ChargeType.BASE),
                        new Charge("VAT", Money.of("10.0", "EUR"), ChargeType.TAX),
                        new Charge("FUEL SURCHARGE", Money.of("13.75", "EUR"), ChargeType.SURCHARGE)),
                4, LocalDate.of(2024, 11, 7), false));
        // DHL's warnings reach the answer beside the quotes
        assertThat(answer.messages()).containsExactly(CarrierMessage.warning("DHL_WARNING", "Rate is estimated"));
    }

    @Test
    void aMetricAccountQuotesPoundsAndInchesInKilogramsAndWholeCentimetres(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(okJson(fixture("rate/response.json"))));

        CARRIER.rates(context(wm, Map.of(DhlSettings.UNIT_OF_MEASUREMENT, "metric")), SampleRequests.rates()).quotes();

        verify(postRequestedFor(urlEqualTo(path("/rates")))
                .withRequestBody(matchingJsonPath("$.unitOfMeasurement", equalTo("metric")))
                .withRequestBody(matchingJsonPath("$.isCustomsDeclarable", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.packages[0].weight", equalTo("1.814")))
                .withRequestBody(matchingJsonPath("$.packages[0].dimensions.length", equalTo("31")))
                .withRequestBody(matchingJsonPath("$.packages[0].dimensions.width", equalTo("23")))
                .withRequestBody(matchingJsonPath("$.packages[0].dimensions.height", equalTo("16")))
                .withRequestBody(matchingJsonPath("$.monetaryAmount", absent()))
                .withRequestBody(matchingJsonPath("$.valueAddedServices", absent())));
    }

    @Test
    void aLaneWithoutCityIsRefusedBeforeAskingDhl(WireMockRuntimeInfo wm) {
        RateRequest request = new RateRequest(Address.location("10005", "US"), Address.location("10117", "DE"),
                List.of(SampleRequests.SMALL_BOX), null, null);

        CarrierException e = DhlTestAccount.failure(() -> CARRIER.rates(context(wm), request).quotes());

        assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(e.field()).isEqualTo("shipper.city");
        assertThat(wm.getWireMock().getServeEvents()).isEmpty();
    }
}

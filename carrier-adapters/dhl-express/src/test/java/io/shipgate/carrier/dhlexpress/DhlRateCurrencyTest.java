package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, behaviours 8 and 9 and warnings as data, on MyDHL's prices in several currencies. */
@WireMockTest
class DhlRateCurrencyTest {

    @Test
    void quotesAreInTheBillingCurrencyWithTaxesIncludedAndTyped(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(okJson(fixture("rate/several-currencies.json"))));

        RateResponse answer = CARRIER.rates(context(wm), SampleRequests.international().toRateRequest());

        assertThat(answer.quotes()).extracting(RateQuote::service, RateQuote::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P", Money.of("89.25", "EUR")),
                org.assertj.core.groups.Tuple.tuple("K", Money.of("142.80", "EUR")));
        assertThat(answer.quotes().get(1).charges()).containsExactly(
                new Charge("SPRQT", Money.of("98.02", "EUR"), ChargeType.BASE),
                new Charge("STSCH", Money.of("20.00", "EUR"), ChargeType.SURCHARGE),
                new Charge("STTXA", Money.of("24.78", "EUR"), ChargeType.TAX));
        assertThat(answer.messages()).containsExactly(
                CarrierMessage.warning("DHL_WARNING", "Rate is estimated"),
                CarrierMessage.serviceError("W", "NOT_PRICED", "DHL Express listed ECONOMY SELECT without a price"));
    }

    @Test
    void theAccountsPreferredCurrencyIsQuotedWhereDhlPricesInItAndAMixIsSaid(WireMockRuntimeInfo wm) {
        stubFor(post(path("/rates")).willReturn(okJson(fixture("rate/several-currencies.json"))));

        RateResponse answer = CARRIER.rates(context(wm, Map.of(DhlSettings.PREFERRED_CURRENCY, "czk")),
                SampleRequests.international().toRateRequest());

        RateQuote express = answer.quotes().getFirst();
        assertThat(express.total()).isEqualTo(Money.of("2245.50", "CZK"));
        assertThat(express.charges()).containsExactly(
                new Charge("EXPRESS WORLDWIDE", Money.of("1648.00", "CZK"), ChargeType.BASE),
                new Charge("VAT", Money.of("251.50", "CZK"), ChargeType.TAX),
                new Charge("FUEL SURCHARGE", Money.of("346.00", "CZK"), ChargeType.SURCHARGE));
        assertThat(answer.quotes().get(1).total()).isEqualTo(Money.of("142.80", "EUR"));
        assertThat(answer.messages()).extracting(CarrierMessage::code)
                .containsExactly("DHL_WARNING", "NOT_PRICED", CarrierMessage.MIXED_CURRENCIES);
        assertThat(answer.messages().getLast().text()).isEqualTo("DHL Express quoted in CZK and EUR: not every product is priced in CZK");
        assertThat(List.of(answer.messages().getLast().level())).containsExactly(CarrierMessage.Level.WARNING);
    }
}

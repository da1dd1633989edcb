package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.fedex.rate.FedExRateMapper;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, behaviour 8: FedEx rates a service in several currencies; the quotes are in the
 * account's preferred currency (a setting, by default the account's own), one currency for the
 * whole answer, and a service FedEx rates only in another currency is quoted with a warning.
 */
@WireMockTest
class FedExRateCurrencyTest {

    private static final String RATES = "/rate/v1/rates/quotes";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
    }

    private RateResponse rates(String fixture, Map<String, String> settings) {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(okJson(fixture(fixture))));
        return fedex.rates(context(wm.getHttpBaseUrl(), settings, Map.of(), FedExTestSupport.CLOCK), SampleRequests.rates());
    }

    @Test
    void byDefaultEveryServiceIsQuotedInTheAccountsCurrencyNeverMixed() {
        RateResponse answer = rates("rate/rating_response_international.json", Map.of());

        assertThat(answer.quotes()).extracting(q -> q.total().currency()).containsOnly("USD");
        assertThat(answer.messages()).noneMatch(m -> m.code().equals(CarrierMessage.MIXED_CURRENCIES));
        assertThat(sent(wm.getWireMock(), "POST", RATES).at("/requestedShipment/preferredCurrency").isMissingNode()).isTrue();
    }

    @Test
    void thePreferredCurrencyIsAskedForAndQuoted() {
        RateResponse answer = rates("rate/rating_response_canada.json", Map.of(FedExSettings.PREFERRED_CURRENCY, "CAD"));

        RateQuote saver = answer.quotes().getFirst();
        assertThat(saver.total()).isEqualTo(Money.of("52.76", "CAD"));
        assertThat(saver.charges()).allSatisfy(c -> assertThat(c.amount().currency()).isEqualTo("CAD"));
        JsonNode request = sent(wm.getWireMock(), "POST", RATES);
        assertThat(request.at("/requestedShipment/preferredCurrency").asText()).isEqualTo("CAD");
        FedExContract.assertConformsTo(request, json("rate/published_request.json"));
        assertThat(answer.messages()).noneMatch(m -> m.level() == CarrierMessage.Level.WARNING);
    }

    @Test
    void aServiceRatedOnlyInAnotherCurrencyIsQuotedInItWithAWarning() {
        RateResponse answer = rates("rate/rating_response_ground_in_cad_only.json", Map.of());

        RateQuote ground = answer.quotes().stream().filter(q -> q.service().equals("FEDEX_GROUND")).findFirst().orElseThrow();
        assertThat(ground.total()).isEqualTo(Money.of("535.68", "CAD"));
        assertThat(answer.messages()).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo(CarrierMessage.MIXED_CURRENCIES);
            assertThat(m.service()).isEqualTo("FEDEX_GROUND");
            assertThat(m.level()).isEqualTo(CarrierMessage.Level.WARNING);
        });
        assertThat(answer.messages()).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo(CarrierMessage.MIXED_CURRENCIES);
            assertThat(m.service()).isNull();
        });
    }

    @Test
    void aPreferredCurrencyFedExDoesNotRateInIsSaidPerService() {
        RateResponse answer = rates("rate/rating_response_international.json", Map.of(FedExSettings.PREFERRED_CURRENCY, "EUR"));

        assertThat(answer.quotes()).isNotEmpty();
        assertThat(answer.messages()).filteredOn(m -> FedExRateMapper.PREFERRED_CURRENCY_UNAVAILABLE.equals(m.code()))
                .hasSize(answer.quotes().size());
    }

    @Test
    void aMerchantPayingTheDutiesIsQuotedTheTotalWithThemAndTheBreakdownKeepsThem() {
        wm.getWireMock().register(post(urlEqualTo(RATES)).willReturn(okJson(fixture("rate/rating_response_duties_estimated.json"))));
        CustomsDeclaration dap = SampleRequests.customs();
        CustomsDeclaration ddp = new CustomsDeclaration(dap.contentType(), dap.contentDescription(), Incoterm.DDP, DutiesPayer.SENDER,
                dap.invoiceNumber(), dap.invoiceDate(), dap.exportReason(), dap.items(), dap.taxIds(), false, null);
        RateRequest request = SampleRequests.international().toRateRequest();
        RateRequest paidByMerchant = new RateRequest(request.shipper(), request.recipient(), request.parcels(), request.options(), ddp);

        RateQuote economy = fedex.rates(context(wm.getHttpBaseUrl()), paidByMerchant).quotes().getFirst();

        assertThat(economy.total()).as("issue 15, behaviour 9: what the merchant pays").isEqualTo(Money.of("1066.57", "USD"));
        assertThat(economy.charges()).contains(new Charge("Duties and taxes", Money.of("112.4", "USD"), ChargeType.TAX));
        assertThat(economy.charges().stream().map(c -> c.amount().amount()).reduce(java.math.BigDecimal::add).orElseThrow())
                .isEqualByComparingTo("1066.57");

        wm.getWireMock().resetRequests();
        RateQuote whenTheRecipientPays = fedex.rates(context(wm.getHttpBaseUrl()), request).quotes().getFirst();
        assertThat(whenTheRecipientPays.total()).isEqualTo(Money.of("954.17", "USD"));
    }

    @Test
    void fedExsAlertsReachTheAnswerAsMessages() {
        RateResponse answer = rates("rate/rating_response_canada.json", Map.of());

        assertThat(answer.messages()).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("SHIPMENT.CHARGES.NOTE");
            assertThat(m.level()).isEqualTo(CarrierMessage.Level.INFO);
        });
    }
}

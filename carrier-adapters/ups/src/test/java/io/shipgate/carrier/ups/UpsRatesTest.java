package io.shipgate.carrier.ups;

import com.atlassian.oai.validator.model.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.shipgate.carrier.testkit.SampleRequests;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class UpsRatesTest extends UpsAdapterTest {

    private static final String PATH = "/api/rating/" + UpsClient.RATING_VERSION + "/Shop";

    @Test
    void shopsEveryServiceForTheParcelsInTheShippersUnits() {
        answer(post(urlEqualTo(PATH)), "/ups/rate/response.json");

        List<RateQuote> quotes = carrier.rates(context(), SampleRequests.rates()).quotes();

        LoggedRequest sent = sentTo(PATH);
        assertThat(sent.getMethod().getName()).isEqualTo("POST");
        assertThat(equalToJson(AdapterTestContext.fixture("/ups/rate/request-domestic.json")).match(sent.getBodyAsString()).isExactMatch())
                .as(sent.getBodyAsString()).isTrue();
        UpsOpenApi.assertConforms(UpsOpenApi.RATING, sent);
        verifyTokenRequest(1);

        assertThat(quotes).extracting(RateQuote::service).containsExactly("03", "02", "01");
        RateQuote ground = quotes.getFirst();
        assertThat(ground.carrier()).isEqualTo("ups");
        assertThat(ground.serviceName()).isEqualTo("UPS Ground");
        assertThat(ground.serviceLevel()).isEqualTo(ServiceLevel.STANDARD);
        assertThat(ground.total()).isEqualTo(Money.of("18.42", "USD"));
        assertThat(ground.charges()).contains(new Charge("service options", Money.of("1.47", "USD"), ChargeType.SURCHARGE));
        assertThat(ground.guaranteed()).isFalse();
        RateQuote secondDay = quotes.get(1);
        assertThat(secondDay.transitDays()).isEqualTo(2);
        assertThat(secondDay.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(secondDay.guaranteed()).isTrue();
        // the account's negotiated rate is what it pays
        assertThat(quotes.get(2).total()).isEqualTo(Money.of("61.20", "USD"));
    }

    @Test
    void asksForNegotiatedRatesAndConvertsMetricParcelsToPoundsAndInches() {
        answer(post(urlEqualTo(PATH)), "/ups/rate/response.json");

        carrier.rates(context(Map.of(UpsSettings.ACCOUNT_NUMBER, "1A2B3C", UpsSettings.NEGOTIATED_RATES, "true")),
                SampleRequests.multiPiece().toRateRequest()).quotes();

        LoggedRequest sent = sentTo(PATH);
        UpsOpenApi.assertConforms(UpsOpenApi.RATING, sent);
        String body = sent.getBodyAsString();
        assertThat(body).contains("\"NegotiatedRatesIndicator\":\"Y\"", "\"NumOfPieces\":\"2\"");
        // 1.5 kg = 3.31 lb -> 3.4 (rounded up); 30 x 20 x 10 cm = 11.81 x 7.87 x 3.94 in -> 12 x 8 x 4
        assertThat(body).contains("\"Weight\":\"3.4\"", "\"Length\":\"12\"", "\"Width\":\"8\"", "\"Height\":\"4\"");
    }

    @Test
    void outsideTheUsTaxesAreAskedForInARequestRatingAccepts() {
        answer(post(urlEqualTo(PATH)), "/ups/behaviours/rate-total-with-taxes.json");
        io.shipgate.carrier.model.Address london = new io.shipgate.carrier.model.Address("Ada", "Acme", "+442071234567", null,
                "1 High St", null, "London", null, "SW1A 1AA", "GB", false);
        var rates = SampleRequests.rates();

        var answer = carrier.rates(context(), new io.shipgate.carrier.model.RateRequest(london, london, rates.parcels(), rates.options(), null));

        LoggedRequest sent = sentTo(PATH);
        UpsOpenApi.assertConforms(UpsOpenApi.RATING, sent);
        assertThat(sent.getBodyAsString()).contains("\"TaxInformationIndicator\":\"\"");
        assertThat(answer.quotes().getFirst().total()).isEqualTo(Money.of("11.76", "GBP"));
    }

    @Test
    void theResponseFixtureIsWhatRatingSpecifies() {
        UpsOpenApi.assertResponseConforms(UpsOpenApi.RATING, PATH, Request.Method.POST, "/ups/rate/response.json");
        UpsOpenApi.assertResponseConforms(UpsOpenApi.RATING, PATH, Request.Method.POST, "/ups/behaviours/rate-total-with-taxes.json");
    }
}

package io.shipgate.gateway.rating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Charge;
import io.shipgate.carrier.model.ChargeType;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateResponse;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.gateway.carrier.ScriptedCarrier;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A carrier's answer with usable quotes and messages beside them (a service it refused, a warning):
 * the quotes are shown with their typed charges and delivery window, the messages as warnings.
 */
class RateWarningsIntegrationTests extends ApiIntegrationTest {

    @Test
    void aRefusedServiceAndAWarningAreShownBesideTheQuotesWithTypedCharges() {
        UUID account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", ScriptedCarrier.CODE,
                "name", "partly serviceable", "credentials", Map.of("api_key", "k"))).json().get("id").asText());
        ScriptedCarrier.script(account, new ScriptedCarrier.Script(request -> new RateResponse(
                List.of(new RateQuote(ScriptedCarrier.CODE, "ground", "Ground", ServiceLevel.STANDARD, usd("11.80"),
                        List.of(new Charge("Base rate", usd("10.00"), ChargeType.BASE), new Charge("Fuel", usd("1.00"), ChargeType.SURCHARGE),
                                new Charge("Sales tax", usd("0.80"), ChargeType.TAX)),
                        3, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12), false)),
                List.of(CarrierMessage.serviceError("express", "NOT_SERVICEABLE", "Pincode 94105 is not serviceable for Express"),
                        CarrierMessage.warning("ADDRESS_CLASSIFICATION", "The recipient's address was classified as residential"))),
                null, null));
        ObjectNode request = example("rates-request.json");
        request.putArray("carrier_account_ids").add(account.toString());

        Api.Response response = api.post("/v1/rates", merchant.key(), request);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("failures")).isEmpty();
        JsonNode quote = answer.get("quotes").get(0);
        assertThat(answer.get("quotes")).hasSize(1);
        assertThat(Api.amount(quote.get("total"))).isEqualByComparingTo("11.80");
        assertThat(quote.get("charges").findValuesAsText("type")).containsExactly("BASE", "SURCHARGE", "TAX");
        assertThat(quote.get("charges").findValuesAsText("name")).containsExactly("Base rate", "Fuel", "Sales tax");
        assertThat(quote.get("estimated_delivery").asText()).isEqualTo("2026-12-10");
        assertThat(quote.get("latest_delivery").asText()).isEqualTo("2026-12-12");

        JsonNode warnings = answer.get("warnings");
        assertThat(warnings).hasSize(2);
        JsonNode refused = warnings.get(0);
        assertThat(refused.get("carrier_account_id").asText()).isEqualTo(account.toString());
        assertThat(refused.get("carrier").asText()).isEqualTo(ScriptedCarrier.CODE);
        assertThat(refused.get("level").asText()).isEqualTo("ERROR");
        assertThat(refused.get("code").asText()).isEqualTo("NOT_SERVICEABLE");
        assertThat(refused.get("service").asText()).isEqualTo("express");
        assertThat(refused.get("message").asText()).isEqualTo("Pincode 94105 is not serviceable for Express");
        JsonNode warning = warnings.get(1);
        assertThat(warning.get("level").asText()).isEqualTo("WARNING");
        assertThat(warning.get("code").asText()).isEqualTo("ADDRESS_CLASSIFICATION");
        assertThat(warning.has("service")).isFalse();
    }

    @Test
    void everySandboxChargeHasAType() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        JsonNode answer = api.post("/v1/rates", merchant.key(), example("rates-request.json")).json();
        assertThat(answer.get("warnings")).isEmpty();
        answer.get("quotes").forEach(q -> q.get("charges").forEach(c -> assertThat(c.get("type").asText())
                .isIn("BASE", "SURCHARGE", "TAX", "DISCOUNT", "OTHER")));
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }
}

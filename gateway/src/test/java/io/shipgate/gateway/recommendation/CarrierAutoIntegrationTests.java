package io.shipgate.gateway.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carrier: "auto"} on {@code POST /v1/shipments}: the top recommendation is bought and its decision recorded and
 * shown; daily caps count the shipments bought; a purchase no option can take is a 422 with the exclusions.
 */
class CarrierAutoIntegrationTests extends ApiIntegrationTest {

    private static final String TABLE = "country,postal_code,prepaid,cod,pickup\nUS,10005,Y,Y,Y\nUS,94105,Y,Y,Y\n";

    @Test
    void autoBuysTheTopRecommendationAndTheShipmentShowsTheDecision() {
        UUID dear = account("dear", 9);
        UUID cheap = account("cheap", 5);
        Api.Response rules = api.send("PUT", "/v1/recommendation-rules", merchant.key(), Map.of(
                "distribution", Map.of("daily_caps", List.of(Map.of("carrier", "sandbox", "max_shipments", 1)))));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);

        Api.Response bought = api.post("/v1/shipments", merchant.key(), auto());
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        assertThat(bought.json().get("carrier_account_id").asText()).isEqualTo(cheap.toString());
        assertThat(bought.json().get("service").asText()).isEqualTo("sandbox_standard");
        JsonNode decision = bought.json().get("decision");
        assertThat(decision.get("rule_version").asInt()).isEqualTo(1);
        assertThat(decision.get("candidates").findValuesAsText("carrier_account_id")).containsExactly(cheap.toString(), dear.toString());
        assertThat(decision.get("candidates").get(0).get("score").asDouble()).isGreaterThan(decision.get("candidates").get(1).get("score").asDouble());
        assertThat(decision.get("candidates").get(0).get("cost").asDouble()).isEqualTo(0.4);
        assertThat(decision.get("excluded").findValuesAsText("reason")).containsOnly("SERVICE_LEVEL_MISMATCH");

        JsonNode read = api.get("/v1/shipments/" + bought.json().get("id").asText(), merchant.key()).json();
        assertThat(read.get("decision")).isEqualTo(decision);
        assertThat(jdbc.sql("SELECT shipments FROM carrier_daily_shipments WHERE tenant_id = ? AND carrier = 'sandbox'")
                .param(merchant.tenant().id()).query(Integer.class).single()).as("the purchase counts toward the cap").isEqualTo(1);

        // the cap of 1 is reached: no option is left
        Api.Response refused = api.post("/v1/shipments", merchant.key(), auto());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/no-carrier-account");
        assertThat(refused.json().get("excluded").findValuesAsText("reason")).containsOnly("OVER_DAILY_CAP");

        // a shipment bought on a named account has no decision
        ObjectNode named = example("shipment-request.json");
        named.remove("carrier");
        named.put("carrier_account_id", cheap.toString());
        Api.Response plain = api.post("/v1/shipments", merchant.key(), named);
        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        assertThat(plain.json().has("decision")).isFalse();
    }

    @Test
    void autoTakesNoAccountOrService() {
        account("only", 5);
        ObjectNode request = auto();
        request.put("carrier_account_id", UUID.randomUUID().toString());
        request.put("service", "sandbox_standard");
        assertThat(fields(api.post("/v1/shipments", merchant.key(), request))).containsExactly("carrier_account_id", "service");
    }

    /** A sandbox account serving 10005 -> 94105 with cards for sandbox_standard at the price and sandbox_express at twice it. */
    private UUID account(String name, int price) {
        UUID account = tenants.sandboxAccount(merchant, name, Map.of());
        Api.Response table = api.put("/v1/carrier-accounts/" + account + "/serviceability", merchant.key(), "text/csv",
                TABLE.getBytes(StandardCharsets.UTF_8));
        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        card(account, "sandbox_standard", price);
        card(account, "sandbox_express", 2 * price);
        return account;
    }

    private void card(UUID account, String service, int price) {
        String csv = """
                section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price
                setting,currency,USD,,,,,,,
                setting,country,US,,,,,,,
                zone,,,ALL,*,*,,,,
                slab,,,ALL,,,0,10,,%d
                """.formatted(price);
        Api.Response r = api.put("/v1/carrier-accounts/" + account + "/rate-cards/" + service, merchant.key(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** The README's shipment (New York -> San Francisco, STANDARD) with carrier auto. */
    private static ObjectNode auto() {
        ObjectNode request = example("shipment-request.json");
        request.put("carrier", "auto");
        return request;
    }
}

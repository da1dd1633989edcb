package io.shipgate.gateway.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommendation rules through the REST API: defaults as version 0, each PUT a version kept, mistakes refused naming the field. */
class RecommendationRulesIntegrationTests extends ApiIntegrationTest {

    @Test
    void eachPutIsANewVersionAndTheOldOnesAreKept() {
        JsonNode defaults = api.get("/v1/recommendation-rules", merchant.key()).json();
        assertThat(defaults.get("version").asInt()).isZero();
        assertThat(defaults.has("created_at")).isFalse();
        assertThat(defaults.get("rules").get("weights").get("cost").asDouble()).isEqualTo(0.4);
        assertThat(defaults.get("rules").get("exclusions")).isEmpty();

        UUID account = tenants.sandboxAccount(merchant, "main", Map.of());
        Api.Response first = put(Map.of("weights", Map.of("cost", 1, "speed", 0, "reliability", 0, "preference", 0)));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        Map<String, Object> second = Map.of(
                "exclusions", List.of(Map.of("name", "north-east COD", "carrier", "sandbox", "destination_countries", List.of("IN"),
                        "destination_postal_prefixes", List.of("78", "79"), "cod_above", Map.of("amount", "2000", "currency", "INR"))),
                "max_cost", Map.of("amount", "250.00", "currency", "INR"),
                "preferences", List.of(Map.of("carrier_account_id", account, "service", "surface", "bonus", 0.5)),
                "distribution", Map.of("split", List.of(Map.of("carrier", "sandbox", "percent", 70), Map.of("carrier", "delhivery", "percent", 30)),
                        "daily_caps", List.of(Map.of("carrier", "delhivery", "max_shipments", 500)), "time_zone", "Asia/Kolkata"));
        Api.Response stored = put(second);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().get("version").asInt()).isEqualTo(2);

        JsonNode current = api.get("/v1/recommendation-rules", merchant.key()).json();
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("rules").get("weights").get("speed").asDouble()).as("absent weights are the defaults").isEqualTo(0.3);
        assertThat(current.get("rules").get("exclusions").get(0).get("destination_postal_prefixes")).hasSize(2);
        assertThat(current.get("rules").get("exclusions").get(0).get("cod_above").get("amount").asText()).isEqualTo("2000");
        assertThat(current.get("rules").get("distribution").get("time_zone").asText()).isEqualTo("Asia/Kolkata");

        assertThat(api.get("/v1/recommendation-rules/versions/1", merchant.key()).json().get("rules").get("weights").get("cost").asDouble())
                .isEqualTo(1.0);
        assertThat(api.get("/v1/recommendation-rules/versions/0", merchant.key()).json().get("version").asInt()).isZero();
        assertThat(api.get("/v1/recommendation-rules/versions/3", merchant.key()).status()).isEqualTo(404);
        JsonNode list = api.get("/v1/recommendation-rules/versions", merchant.key()).json();
        assertThat(list.get("data").findValuesAsText("version")).containsExactly("2", "1");
        assertThat(jdbc.sql("SELECT count(*) FROM recommendation_rules WHERE tenant_id = ?").param(merchant.tenant().id()).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void rulesWithMistakesAreRefusedNamingTheFieldAndStoreNothing() {
        UUID foreign = tenants.sandboxAccount(tenants.create(), "theirs", Map.of());
        assertThat(fields(put(Map.of("weights", Map.of("cost", 0, "speed", 0, "reliability", 0, "preference", 0))))).containsExactly("weights");
        assertThat(fields(put(Map.of("weights", Map.of("cost", -1, "speed", 0, "reliability", 0, "preference", 1))))).containsExactly("weights.cost");
        assertThat(fields(put(Map.of("exclusions", List.of(Map.of("carrier", "pigeon", "destination_countries", List.of("IN")))))))
                .containsExactly("exclusions[0].carrier");
        assertThat(fields(put(Map.of("exclusions", List.of(Map.of("carrier", "sandbox")))))).containsExactly("exclusions[0]");
        assertThat(fields(put(Map.of("exclusions", List.of(Map.of("destination_countries", List.of("XX"))))))).containsExactly(
                "exclusions[0].destination_countries[0]");
        assertThat(fields(put(Map.of("preferences", List.of(Map.of("carrier_account_id", foreign))))))
                .as("another tenant's account").containsExactly("preferences[0].carrier_account_id");
        assertThat(fields(put(Map.of("preferences", List.of(Map.of("bonus", 0.5)))))).containsExactly("preferences[0]");
        assertThat(fields(put(Map.of("distribution", Map.of("split", List.of(Map.of("carrier", "sandbox", "percent", 60),
                Map.of("carrier", "delhivery", "percent", 30))))))).containsExactly("distribution.split");
        assertThat(fields(put(Map.of("distribution", Map.of("daily_caps", List.of(Map.of("carrier", "sandbox", "max_shipments", -1)))))))
                .containsExactly("distribution.daily_caps[0].max_shipments");
        assertThat(fields(put(Map.of("distribution", Map.of("time_zone", "Mars/Olympus"))))).containsExactly("distribution.time_zone");
        assertThat(jdbc.sql("SELECT count(*) FROM recommendation_rules WHERE tenant_id = ?").param(merchant.tenant().id()).query(Long.class)
                .single()).isZero();
    }

    private Api.Response put(Map<String, Object> rules) {
        return api.send("PUT", "/v1/recommendation-rules", merchant.key(), rules);
    }
}

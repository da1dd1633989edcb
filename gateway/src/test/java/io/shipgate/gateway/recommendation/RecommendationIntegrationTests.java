package io.shipgate.gateway.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recommendations through the REST API on the real database, from serviceability tables and rate cards uploaded the way
 * a merchant does: ranking follows the weights and rules change it under their version; each exclusion reason appears
 * where it applies; a batch answers per order, in order; the split holds over 1,000 recommendations; another tenant's
 * accounts never appear. Carrier "auto" has {@link CarrierAutoIntegrationTests}, the rules' checks {@link RecommendationRulesIntegrationTests}.
 */
class RecommendationIntegrationTests extends ApiIntegrationTest {

    static final String TABLE = "country,postal_code,prepaid,cod,cod_limit,pickup,embargo\nIN,122001,Y,Y,,Y,N\nIN,560001,Y,Y,,Y,N\n";

    @Test
    void rankingFollowsTheWeightsAndNewRulesChangeItUnderTheirVersion() {
        UUID cheap = served("cheap", "surface", 40);
        UUID dear = served("dear", "surface", 60);

        JsonNode defaults = recommend(order("560001", null)).json();
        assertThat(defaults.get("rule_version").asInt()).isZero();
        JsonNode top = defaults.get("results").get(0).get("options").get(0);
        assertThat(top.get("carrier_account_id").asText()).isEqualTo(cheap.toString());
        assertThat(top.get("quote").get("source").asText()).isEqualTo("RATE_CARD");
        assertThat(top.get("quote").get("rate_card_version").asInt()).isEqualTo(1);
        assertThat(Api.amount(top.get("quote").get("total"))).isEqualByComparingTo("40.00");
        JsonNode cost = top.get("breakdown").get(0);
        assertThat(cost.get("term").asText()).isEqualTo("COST");
        assertThat(cost.get("normalized").asDouble()).isEqualTo(1.0);
        assertThat(cost.get("weight").asDouble()).isEqualTo(0.4);
        assertThat(defaults.get("results").get(0).get("options").get(1).get("breakdown").get(0).get("normalized").asDouble())
                .as("cost: the cheapest over this one").isEqualTo(0.666667);
        double sum = 0;
        for (JsonNode term : top.get("breakdown")) {
            sum += term.get("contribution").asDouble();
        }
        assertThat(top.get("score").asDouble()).as("the score is the sum of the contributions").isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6));

        // the same options, the weights on a pinned preference for the dearer account: it comes first
        assertThat(putRules(Map.of("weights", weights(0, 0, 0, 1), "preferences", List.of(Map.of("carrier_account_id", dear, "bonus", 1))))
                .status()).isEqualTo(200);
        JsonNode pinned = recommend(order("560001", null)).json();
        assertThat(pinned.get("rule_version").asInt()).isEqualTo(1);
        assertThat(pinned.get("results").get(0).get("options").get(0).get("carrier_account_id").asText()).isEqualTo(dear.toString());
        assertThat(pinned.get("results").get(0).get("options").get(0).get("placement").asText()).isEqualTo("SCORE");

        // weights back on cost, the pin kept: the cheaper first again, under version 2
        assertThat(putRules(Map.of("weights", weights(1, 0, 0, 0), "preferences", List.of(Map.of("carrier_account_id", dear, "bonus", 1))))
                .status()).isEqualTo(200);
        JsonNode costly = recommend(order("560001", null)).json();
        assertThat(costly.get("rule_version").asInt()).isEqualTo(2);
        assertThat(costly.get("results").get(0).get("options").findValuesAsText("carrier_account_id"))
                .containsExactly(cheap.toString(), dear.toString());

        // an always-first pin beats the scores
        putRules(Map.of("weights", weights(1, 0, 0, 0), "preferences", List.of(Map.of("carrier_account_id", dear, "always_first", true))));
        JsonNode first = recommend(order("560001", null)).json().get("results").get(0).get("options").get(0);
        assertThat(first.get("carrier_account_id").asText()).isEqualTo(dear.toString());
        assertThat(first.get("placement").asText()).isEqualTo("PREFERENCE");
    }

    @Test
    void eachExclusionReasonAppearsWhereItApplies() {
        UUID notServed = account("not served");
        table(notServed, "country,postal_code,prepaid,cod,pickup\nIN,122001,Y,Y,Y\n", null);
        UUID embargo = account("embargo");
        table(embargo, TABLE.replace("IN,560001,Y,Y,,Y,N", "IN,560001,Y,Y,,Y,Y"), null);
        UUID codLimit = account("cod limit");
        table(codLimit, TABLE.replace("IN,560001,Y,Y,,Y,N", "IN,560001,Y,Y,500,Y,N"), "INR");
        card(codLimit, "surface", card(35));
        UUID noCard = account("no card");
        table(noCard, TABLE, null);
        UUID noZone = account("no zone");
        table(noZone, TABLE, null);
        card(noZone, "surface", card(30).replace("zone,,,ALL,*,*", "zone,,,ALL,1220,1220"));
        UUID ruled = served("ruled", "surface", 30);
        UUID dear = served("dear", "surface", 900);
        UUID levels = served("levels", "sandbox_standard", 50);
        card(levels, "sandbox_express", card(70));
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"), "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1")));
        UUID capped = UUID.fromString(created.json().get("id").asText());
        table(capped, TABLE, null);
        card(capped, "surface", card(20));

        Api.Response rules = putRules(Map.of(
                "exclusions", List.of(Map.of("name", "south", "carrier_account_id", ruled, "destination_postal_prefixes", List.of("56"))),
                "max_cost", Map.of("amount", "500", "currency", "INR"),
                "distribution", Map.of("daily_caps", List.of(Map.of("carrier", "delhivery", "max_shipments", 0)))));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);

        Map<String, Object> order = order("560001", "1500.00");
        order.put("service_level", "STANDARD");
        JsonNode result = recommend(order).json().get("results").get(0);
        Map<String, String> reasons = new HashMap<>();
        result.get("excluded").forEach(e -> reasons.put(e.get("carrier_account_id").asText() + (e.hasNonNull("service") ? "/" + e.get("service").asText() : ""),
                e.get("reason").asText() + (e.hasNonNull("rule") ? " " + e.get("rule").asText() : "")));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                notServed.toString(), "NOT_SERVICEABLE",
                embargo.toString(), "EMBARGO",
                codLimit.toString(), "COD_OVER_LIMIT",
                noCard.toString(), "NO_RATE",
                noZone + "/surface", "NO_RATE",
                ruled.toString(), "RULE_EXCLUDED exclusions[0] (south)",
                dear + "/surface", "RULE_EXCLUDED max_cost",
                levels + "/sandbox_express", "SERVICE_LEVEL_MISMATCH",
                capped.toString(), "OVER_DAILY_CAP"));
        assertThat(result.get("excluded").findValuesAsText("detail")).anyMatch(d -> d.startsWith("RATE_CARD_NO_ZONE"))
                .anyMatch(d -> d.startsWith("NO_RATE_CARD"));
        assertThat(result.get("options")).hasSize(1);
        assertThat(result.get("options").get(0).get("carrier_account_id").asText()).isEqualTo(levels.toString());
        assertThat(result.get("options").get(0).get("service").asText()).isEqualTo("sandbox_standard");

        // a prepaid order, the filter on another prefix, no max cost or cap: those accounts are ranked
        putRules(Map.of("exclusions", List.of(Map.of("name", "south", "carrier_account_id", ruled, "destination_postal_prefixes", List.of("40")))));
        JsonNode prepaid = recommend(order("560001", null)).json().get("results").get(0);
        assertThat(prepaid.get("options").findValuesAsText("carrier_account_id")).contains(codLimit.toString(), ruled.toString(),
                dear.toString(), capped.toString());
    }

    @Test
    void aBatchIsAnsweredPerOrderInOrder() {
        UUID account = served("served", "surface", 40);
        Map<String, Object> first = order("560001", null);
        first.put("reference", "A-1");
        Map<String, Object> second = order("400001", null);
        second.put("reference", "A-2");
        Map<String, Object> third = order("560001", "999.00");
        third.put("reference", "A-3");
        Map<String, Object> heavy = order("560001", null);
        heavy.put("reference", "A-4");
        heavy.put("parcels", List.of(Map.of("weight", Map.of("value", 1, "unit", "KG")), Map.of("weight", Map.of("value", 80, "unit", "KG"))));
        Api.Response answer = recommend(Map.of("orders", List.of(first, second, third, heavy)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results.findValuesAsText("reference")).containsExactly("A-1", "A-2", "A-3", "A-4");
        assertThat(results.get(3).get("excluded").get(0).get("reason").asText()).as("above the sandbox's 150 lb a piece")
                .isEqualTo("WEIGHT_OVER_LIMIT");
        assertThat(results.get(0).get("options").get(0).get("carrier_account_id").asText()).isEqualTo(account.toString());
        assertThat(results.get(1).get("options")).isEmpty();
        assertThat(results.get(1).get("excluded").get(0).get("reason").asText()).isEqualTo("NOT_SERVICEABLE");
        assertThat(Api.amount(results.get(2).get("options").get(0).get("quote").get("total")))
                .as("the COD order pays the card's COD fee").isGreaterThan(Api.amount(results.get(0).get("options").get(0).get("quote").get("total")));
    }

    @Test
    void theSplitHoldsWithinTwoPointsOverAThousandRecommendations() {
        UUID a = served("a", "surface", 40);
        UUID b = served("b", "surface", 45);
        UUID c = served("c", "surface", 50);
        Api.Response rules = putRules(Map.of("distribution", Map.of("split", List.of(Map.of("carrier_account_id", a, "percent", 50),
                Map.of("carrier_account_id", b, "percent", 30), Map.of("carrier_account_id", c, "percent", 20)))));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        Map<String, Integer> top = new HashMap<>();
        for (int batch = 0; batch < 2; batch++) {
            List<Map<String, Object>> orders = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                orders.add(order("560001", null));
            }
            Api.Response answer = recommend(Map.of("orders", orders));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            answer.json().get("results").forEach(r -> {
                JsonNode first = r.get("options").get(0);
                assertThat(first.get("placement").asText()).isEqualTo("SPLIT");
                top.merge(first.get("carrier_account_id").asText(), 1, Integer::sum);
            });
        }
        assertThat(top.get(a.toString())).isBetween(480, 520);
        assertThat(top.get(b.toString())).isBetween(280, 320);
        assertThat(top.get(c.toString())).isBetween(180, 220);
    }

    @Test
    void anotherTenantsRulesAndAccountsNeverAppear() {
        UUID mine = served("mine", "surface", 40);
        putRules(Map.of("weights", weights(1, 0, 0, 0)));
        var other = tenants.create();
        UUID theirs = tenants.sandboxAccount(other, "theirs", Map.of());
        table(other.key(), theirs, TABLE, null);
        card(other.key(), theirs, "surface", card(10));

        Map<String, Object> naming = order("560001", null);
        naming.put("carrier_account_ids", List.of(mine, theirs));
        JsonNode mineAnswer = recommend(naming).json();
        assertThat(mineAnswer.get("results").get(0).get("options").findValuesAsText("carrier_account_id")).containsExactly(mine.toString());
        assertThat(mineAnswer.toString()).doesNotContain(theirs.toString());

        Api.Response theirsAnswer = api.post("/v1/recommendations", other.key(), naming);
        assertThat(theirsAnswer.json().get("rule_version").asInt()).as("the merchant's rules are not theirs").isZero();
        assertThat(theirsAnswer.json().get("results").get(0).get("options").findValuesAsText("carrier_account_id"))
                .containsExactly(theirs.toString());
        assertThat(theirsAnswer.toString()).doesNotContain(mine.toString());
        assertThat(api.get("/v1/recommendation-rules", other.key()).json().get("version").asInt()).isZero();
        assertThat(api.get("/v1/recommendation-rules/versions/1", other.key()).status()).isEqualTo(404);
    }

    @Test
    void aRequestWithMistakesIsRefusedNamingTheFields() {
        Api.Response empty = recommend(Map.of("reference", "X"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("origin", "destination", "parcels");

        Map<String, Object> cod = order("560001", null);
        cod.put("payment_mode", "COD");
        assertThat(fields(recommend(cod))).containsExactly("cod_amount");

        Map<String, Object> mixed = new HashMap<>(order("560001", null));
        mixed.put("orders", List.of(order("560001", null)));
        assertThat(fields(recommend(mixed))).containsExactly("orders");

        Map<String, Object> badParcel = order("560001", null);
        badParcel.put("parcels", List.of(Map.of("weight", Map.of("value", -1, "unit", "KG"))));
        assertThat(fields(recommend(Map.of("orders", List.of(badParcel))))).containsExactly("orders[0].parcels[0].weight.value");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(order("560001", null));
        }
        assertThat(fields(recommend(Map.of("orders", tooMany)))).containsExactly("orders");
    }

    // --- helpers: the merchant's accounts, tables, cards, rules and orders

    /** A sandbox account serving 122001 -> 560001 with a card for the service at a flat price. */
    UUID served(String name, String service, int price) {
        UUID account = account(name);
        table(account, TABLE, null);
        card(account, service, card(price));
        return account;
    }

    UUID account(String name) {
        return tenants.sandboxAccount(merchant, name, Map.of());
    }

    void table(UUID account, String csv, String currency) {
        table(merchant.key(), account, csv, currency);
    }

    void table(String key, UUID account, String csv, String currency) {
        Api.Response r = api.put("/v1/carrier-accounts/" + account + "/serviceability" + (currency == null ? "" : "?currency=" + currency), key,
                "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    void card(UUID account, String service, String csv) {
        card(merchant.key(), account, service, csv);
    }

    void card(String key, UUID account, String service, String csv) {
        Api.Response r = api.put("/v1/carrier-accounts/" + account + "/rate-cards/" + service, key, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** An IN card: one zone for every lane, the price up to 5 kg, a COD fee of 2%. */
    static String card(int price) {
        return """
                section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price
                setting,currency,INR,,,,,,,
                setting,country,IN,,,,,,,
                setting,cod_fee_percent,2,,,,,,,
                zone,,,ALL,*,*,,,,
                slab,,,ALL,,,0,5,,%d
                additional,,,ALL,,,,,1,10
                """.formatted(price);
    }

    Api.Response putRules(Map<String, Object> rules) {
        return api.send("PUT", "/v1/recommendation-rules", merchant.key(), rules);
    }

    Api.Response recommend(Map<String, Object> body) {
        return api.post("/v1/recommendations", merchant.key(), body);
    }

    static Map<String, Object> weights(double cost, double speed, double reliability, double preference) {
        return Map.of("cost", cost, "speed", speed, "reliability", reliability, "preference", preference);
    }

    /** 122001 -> destination, 1.2 kg; COD when an amount is given. */
    static Map<String, Object> order(String destination, String cod) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("origin", Map.of("country", "IN", "postal_code", "122001"));
        order.put("destination", Map.of("country", "IN", "postal_code", destination));
        order.put("parcels", List.of(Map.of("weight", Map.of("value", 1.2, "unit", "KG"))));
        if (cod != null) {
            order.put("payment_mode", "COD");
            order.put("cod_amount", Map.of("amount", cod, "currency", "INR"));
        }
        return order;
    }
}

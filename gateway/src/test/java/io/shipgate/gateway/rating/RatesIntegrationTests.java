package io.shipgate.gateway.rating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RatesIntegrationTests extends ApiIntegrationTest {

    @Test
    void quotesFromEveryAnsweringCarrierCheapestFirstAndFailuresListedApart() {
        UUID fast = tenants.sandboxAccount(merchant, "fast", Map.of("latency_ms", "20"));
        UUID other = tenants.sandboxAccount(merchant, "other", Map.of());
        UUID down = tenants.sandboxAccount(merchant, "down", Map.of("failure_rate", "1"));
        UUID hanging = tenants.sandboxAccount(merchant, "hanging", Map.of("timeout_rate", "1"));

        long start = System.nanoTime();
        Api.Response response = api.post("/v1/rates", merchant.key(), example("rates-request.json"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode quotes = response.json().get("quotes");
        assertThat(quotes.findValuesAsText("carrier_account_id")).contains(fast.toString(), other.toString())
                .doesNotContain(down.toString(), hanging.toString());
        List<BigDecimal> prices = new ArrayList<>();
        quotes.forEach(q -> prices.add(Api.amount(q.get("total"))));
        assertThat(prices).isSorted();
        assertThat(quotes.get(0).get("service").asText()).startsWith("sandbox_");
        assertThat(quotes.findValuesAsText("source")).as("live quotes").containsOnly("CARRIER");
        assertThat(quotes.get(0).has("estimated_delivery")).isTrue();

        JsonNode failures = response.json().get("failures");
        assertThat(failures).hasSize(2);
        assertThat(failure(failures, down).get("category").asText()).isEqualTo("UNAVAILABLE");
        assertThat(failure(failures, hanging).get("category").asText()).isEqualTo("TIMEOUT");
        // the hanging carrier costs its own budget (2.5 s in tests), not the sum of all carriers' latencies
        assertThat(millis).isLessThan(6_000);
    }

    @Test
    void onlyTheListedAccountsAreAsked() {
        UUID chosen = tenants.sandboxAccount(merchant, "chosen", Map.of());
        tenants.sandboxAccount(merchant, "ignored", Map.of("failure_rate", "1"));
        ObjectNode request = example("rates-request.json");
        request.putArray("carrier_account_ids").add(chosen.toString());
        JsonNode answer = api.post("/v1/rates", merchant.key(), request).json();
        assertThat(answer.get("quotes").findValuesAsText("carrier_account_id")).containsOnly(chosen.toString());
        assertThat(answer.get("failures")).isEmpty();
    }

    @Test
    void aTenantWithoutAccountsIsToldSo() {
        Api.Response response = api.post("/v1/rates", merchant.key(), example("rates-request.json"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).endsWith("/no-carrier-account");
    }

    @Test
    void invalidRateRequestsNameTheirFields() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        ObjectNode request = example("rates-request.json");
        request.remove("parcels");
        ((ObjectNode) request.get("recipient")).remove("country");
        Api.Response response = api.post("/v1/rates", merchant.key(), request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("parcels", "recipient.country");
    }

    @Test
    void ratesAreBoundedLikeShipmentsBeforeAnyCarrierIsAsked() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        long callsBefore = carrierCalls();
        ObjectNode absurd = example("rates-request.json");
        ObjectNode parcel = (ObjectNode) absurd.withArray("parcels").get(0);
        ((ObjectNode) parcel.get("weight")).put("value", new BigDecimal("1e20"));
        ((ObjectNode) parcel.get("dimensions")).put("length", new BigDecimal("1e999999999"));
        ((ObjectNode) absurd.get("recipient")).put("country", "XX").put("postal_code", "941\u000005");
        Api.Response response = api.post("/v1/rates", merchant.key(), absurd);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("recipient.postal_code");

        ((ObjectNode) absurd.get("recipient")).put("postal_code", "94105");
        absurd.putObject("options").putObject("cod").put("amount", new BigDecimal("1.999")).put("currency", "XYZ");
        response = api.post("/v1/rates", merchant.key(), absurd);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("options.cod.currency",
                "parcels[0].dimensions.length", "parcels[0].weight.value", "recipient.country");
        assertThat(carrierCalls()).isEqualTo(callsBefore);
    }

    private static JsonNode failure(JsonNode failures, UUID account) {
        for (JsonNode f : failures) {
            if (f.get("carrier_account_id").asText().equals(account.toString())) {
                return f;
            }
        }
        throw new AssertionError("no failure listed for " + account);
    }
}

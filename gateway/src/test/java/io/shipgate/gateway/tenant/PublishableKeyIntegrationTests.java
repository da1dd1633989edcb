package io.shipgate.gateway.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishable keys through the REST API: created like other keys, they call the storefront endpoints from the tenant's
 * allowed origins with CORS (preflight and answer), are refused from another origin or without one, cannot reach
 * anything else, are limited per client address, and are revoked like every key. Secret keys get no CORS headers.
 * (The tests' gateway trusts X-Forwarded-For from 127.0.0.1: shipgate.storefront.trusted-proxies.)
 */
class PublishableKeyIntegrationTests extends ApiIntegrationTest {

    private static final String SHOP = "https://shop.storefront-test.example";

    private String publishable;
    private Map<String, Object> check;

    @BeforeEach
    void aTenantWithAnOriginAndAPublishableKey() {
        Api.Response settings = api.patch("/v1/tenant", merchant.key(), Map.of("allowed_origins", List.of(SHOP + "/", "http://localhost:3000")));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        assertThat(settings.json().get("allowed_origins").toString()).isEqualTo("[\"" + SHOP + "\",\"http://localhost:3000\"]");
        Api.Response created = api.post("/v1/api-keys", merchant.key(), Map.of("name", "storefront", "mode", "publishable"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("mode").asText()).isEqualTo("publishable");
        publishable = created.json().get("key").asText();
        assertThat(publishable).matches("sg_pub_[0-9A-Za-z]{43}");
        tenants.sandboxAccount(merchant, "Sandbox contract 2026", Map.of());
        check = Map.of("origin", Map.of("country", "IN", "postal_code", "110001"), "destination", Map.of("country", "IN", "postal_code", "400001"),
                "payment_mode", "PREPAID");
    }

    @Test
    void aPublishableKeyChecksServiceabilityFromAnAllowedOriginWithCors() {
        Api.Response preflight = api.send("OPTIONS", "/v1/serviceability", null, null, "Origin", SHOP,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("Authorization, Content-Type");
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(preflight.headers().allValues("Vary")).contains("Origin");

        Api.Response answer = api.post("/v1/serviceability", publishable, check, "Origin", SHOP);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(answer.headers().allValues("Vary")).contains("Origin");
        JsonNode available = answer.json().get("available");
        assertThat(available).isNotEmpty();
        assertThat(available.findValuesAsText("carrier")).contains("sandbox");
        assertThat(answer.json().toString()).as("the merchant's account names are not for shoppers").doesNotContain("account_name")
                .doesNotContain("Sandbox contract 2026");
        assertThat(api.post("/v1/serviceability", publishable, check, "Origin", "http://localhost:3000").status()).isEqualTo(200);

        Api.Response secret = api.post("/v1/serviceability", merchant.key(), check, "Origin", SHOP);
        assertThat(secret.status()).isEqualTo(200);
        assertThat(secret.header("Access-Control-Allow-Origin")).as("a secret key gets no CORS").isNull();
        assertThat(secret.json().toString()).contains("Sandbox contract 2026");

        String id = null;
        JsonNode keys = api.get("/v1/api-keys", merchant.key()).json().get("api_keys");
        for (JsonNode key : keys) {
            if (key.get("mode").asText().equals("publishable")) {
                id = key.get("id").asText();
            }
        }
        assertThat(api.delete("/v1/api-keys/" + id, merchant.key()).status()).isEqualTo(200);
        assertThat(api.post("/v1/serviceability", publishable, check, "Origin", SHOP).status()).as("revoked").isEqualTo(401);
    }

    @Test
    void aPublishableKeyAsksForTheEddFromAnAllowedOriginAndSeesNoPricesNorAccountNames() {
        Api.Response preflight = api.send("OPTIONS", "/v1/edd", null, null, "Origin", SHOP, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Authorization, Content-Type");
        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);

        Map<String, Object> edd = Map.of("origin", Map.of("country", "IN", "postal_code", "110001"),
                "destination", Map.of("country", "IN", "postal_code", "400001"), "ship_time", "2026-12-03T15:30:00+05:30", "confidence", 0.9);
        Api.Response answer = api.post("/v1/edd", publishable, edd, "Origin", SHOP);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(answer.json().get("estimates")).isNotEmpty();
        assertThat(answer.json().get("estimates").get(0).get("earliest").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(answer.json().toString()).doesNotContain("amount").doesNotContain("price").doesNotContain("account_name")
                .doesNotContain("Sandbox contract 2026");
        assertThat(api.post("/v1/edd", publishable, edd, "Origin", "https://evil.example").status()).isEqualTo(403);
    }

    @Test
    void aPublishableKeyIsRefusedFromAnotherOriginOrWithoutOne() {
        Api.Response foreign = api.post("/v1/serviceability", publishable, check, "Origin", "https://evil.example");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.json().get("type").asText()).endsWith("/forbidden");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
        assertThat(api.post("/v1/serviceability", publishable, check, "Origin", "http://shop.storefront-test.example").status())
                .as("http is another origin").isEqualTo(403);

        Api.Response noOrigin = api.post("/v1/serviceability", publishable, check);
        assertThat(noOrigin.status()).isEqualTo(403);
        assertThat(noOrigin.json().get("detail").asText()).contains("Origin");

        Api.Response preflight = api.send("OPTIONS", "/v1/serviceability", null, null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(api.send("OPTIONS", "/v1/serviceability", null, null, "Origin", SHOP, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "x-custom").status()).as("a header not allowed").isEqualTo(403);
    }

    @Test
    void aPublishableKeyReachesNothingElse() {
        for (Api.Response refused : List.of(
                api.send("GET", "/v1/shipments", publishable, null, "Origin", SHOP),
                api.post("/v1/rates", publishable, Map.of(), "Origin", SHOP),
                api.send("GET", "/v1/api-keys", publishable, null, "Origin", SHOP),
                api.post("/v1/api-keys", publishable, Map.of("mode", "live"), "Origin", SHOP),
                api.send("GET", "/v1/carrier-accounts", publishable, null, "Origin", SHOP),
                api.send("PATCH", "/v1/tenant", publishable, Map.of("allowed_origins", List.of("https://evil.example")), "Origin", SHOP))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().get("type").asText()).endsWith("/forbidden");
            assertThat(refused.json().get("detail").asText()).contains("publishable key");
        }
    }

    @Test
    void aPublishableKeyIsLimitedPerClientAddress() {
        Api.Response limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            Api.Response answer = api.post("/v1/serviceability", publishable, check, "Origin", SHOP, "X-Forwarded-For", "203.0.113.7");
            if (answer.status() == 429) {
                limited = answer;
            } else {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            }
        }
        assertThat(limited).as("a client over its burst is limited").isNotNull();
        assertThat(limited.json().get("type").asText()).endsWith("/rate-limited");
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(limited.header("Access-Control-Allow-Origin")).as("the browser may read the 429").isEqualTo(SHOP);
        Api.Response otherClient = api.post("/v1/serviceability", publishable, check, "Origin", SHOP, "X-Forwarded-For", "198.51.100.9");
        assertThat(otherClient.status()).as("another shopper is not limited").isEqualTo(200);
        assertThat(api.get("/v1/shipments", merchant.key()).status()).as("nor the tenant's secret key").isEqualTo(200);
    }

    @Test
    void allowedOriginsAreCheckedAndKeptToTheBrowsersForm() {
        for (String wrong : List.of("http://shop.example", "https://shop.example/path", "https://*.example.com", "shop.example", "ftp://shop.example")) {
            Api.Response refused = api.patch("/v1/tenant", merchant.key(), Map.of("allowed_origins", List.of(SHOP, wrong)));
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(fields(refused)).containsExactly("allowed_origins[1]");
        }
        Api.Response normalized = api.patch("/v1/tenant", merchant.key(), Map.of("allowed_origins",
                List.of("HTTPS://Shop.Example:443", "https://shop.example:8443", "http://127.0.0.1:5173")));
        assertThat(normalized.json().get("allowed_origins").toString())
                .isEqualTo("[\"https://shop.example\",\"https://shop.example:8443\",\"http://127.0.0.1:5173\"]");
        Api.Response tooMany = api.patch("/v1/tenant", merchant.key(), Map.of("allowed_origins",
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "https://s" + i + ".example").toList()));
        assertThat(tooMany.status()).isEqualTo(400);
    }
}

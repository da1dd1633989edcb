package io.shipgate.gateway.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shopify's carrier-service callback through the REST API: a recorded Shopify rate request (test resource
 * shopify/rate-request.json), signed with the app's secret, answered with Shopify's rates (cents as strings, the shop's
 * currency, EDD dates) from rate cards only (no carrier call), serviceability, parcel limits and the offered services
 * applied; a bad or
 * missing signature is a 401 that does nothing else; an unknown slug and a disabled integration are 404s.
 */
class ShopifyCallbackIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "shpss_storefront_test_secret_0123456789";
    private static final String HEADER = "section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price\n";

    private static String card(String currency, String serviceName, String price) {
        return HEADER + "setting,currency," + currency + ",,,,,,,\nsetting,country,CA,,,,,,,\nsetting,service_name," + serviceName + ",,,,,,,\n"
                + "zone,,,NATIONAL,*,*,,,,\nslab,,,NATIONAL,,,0,1,," + price + "\nadditional,,,NATIONAL,,,,,1,5\n";
    }

    @Test
    void aSignedShopifyRequestGetsRatesFromTheCardsWithDeliveryDates() throws IOException {
        UUID account = tenants.sandboxAccount(merchant, "shopify", Map.of());
        uploadCard(account, "ground", card("CAD", "Ground", "12.50"));
        uploadCard(account, "express", card("CAD", "Express", "24.00"));
        uploadCard(account, "freight", card("CAD", "Freight", "9.00"));
        // a cheaper ground service on an account whose serviceability table does not reach Vancouver
        UUID other = tenants.sandboxAccount(merchant, "no west", Map.of());
        uploadCard(other, "ground", card("CAD", "Ground", "5.00"));
        Api.Response table = api.put("/v1/carrier-accounts/" + other + "/serviceability", merchant.key(), "text/csv",
                "country,postal_code,prepaid,cod,pickup,oda\nCA,M5V2T6,Y,N,Y,N\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        String slug = integrate(Map.of("secret", SECRET, "enabled", true, "services", List.of("ground", "express"),
                "markup_percent", "10", "handling_days", 1, "cut_off", "15:00", "time_zone", "America/Toronto"));

        byte[] recorded = fixture();
        long callsBefore = carrierCalls();
        Api.Response answer = callback(slug, recorded, ShopifySignature.sign(SECRET, recorded));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(carrierCalls()).as("no carrier was called").isEqualTo(callsBefore);

        JsonNode rates = answer.json().get("rates");
        // 2 x 150 g + 600 g (the gift card needs no shipping) = 0.9 kg: the first slab, plus 10 %
        assertThat(rates.findValuesAsText("service_code")).containsExactly("sandbox.ground", "sandbox.express");
        assertThat(rates.findValuesAsText("service_name")).containsExactly("Ground", "Express");
        assertThat(rates.get(0).get("total_price").isTextual()).as("cents as a string").isTrue();
        assertThat(rates.findValuesAsText("total_price")).containsExactly("1375", "2640");
        assertThat(rates.findValuesAsText("currency")).containsOnly("CAD");
        for (JsonNode rate : rates) {
            assertThat(rate.get("min_delivery_date").asText()).as(rate.toString()).matches("\\d{4}-\\d{2}-\\d{2} 12:00:00 [+-]\\d{4}");
            assertThat(rate.get("max_delivery_date").asText()).as(rate.toString()).matches("\\d{4}-\\d{2}-\\d{2} 12:00:00 [+-]\\d{4}");
            assertThat(rate.get("max_delivery_date").asText()).isGreaterThanOrEqualTo(rate.get("min_delivery_date").asText());
            assertThat(rate.get("description").asText()).startsWith("Estimated delivery ");
        }

        // what Shopify waits for, over HTTP on this machine (printed; no timed assertion)
        String signature = ShopifySignature.sign(SECRET, recorded);
        long[] micros = new long[300];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            assertThat(callback(slug, recorded, signature).status()).isEqualTo(200);
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        java.util.Arrays.sort(micros);
        System.out.printf("Shopify callback, %d sequential calls after the first: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", micros.length,
                micros[micros.length / 2] / 1000.0, micros[micros.length * 99 / 100] / 1000.0, micros[micros.length - 1] / 1000.0);

        byte[] heavy = new String(recorded, StandardCharsets.UTF_8).replace("\"grams\": 600", "\"grams\": 70000").getBytes(StandardCharsets.UTF_8);
        Api.Response tooHeavy = callback(slug, heavy, ShopifySignature.sign(SECRET, heavy));
        assertThat(tooHeavy.status()).isEqualTo(200);
        assertThat(tooHeavy.json().get("rates")).as("70.3 kg in one parcel is above the sandbox's 150 lb a piece").isEmpty();
    }

    @Test
    void aBadOrMissingSignatureIsA401AndAnUnknownSlugOrADisabledIntegrationA404() throws IOException {
        UUID account = tenants.sandboxAccount(merchant, "shopify", Map.of());
        uploadCard(account, "ground", card("CAD", "Ground", "12.50"));
        String slug = integrate(Map.of("secret", SECRET, "enabled", true));
        byte[] recorded = fixture();

        Api.Response forged = callback(slug, recorded, ShopifySignature.sign("another app's secret 0123", recorded));
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.json().get("detail").asText()).contains("X-Shopify-Hmac-Sha256");
        byte[] altered = new String(recorded, StandardCharsets.UTF_8).replace("\"grams\": 600", "\"grams\": 60").getBytes(StandardCharsets.UTF_8);
        assertThat(callback(slug, altered, ShopifySignature.sign(SECRET, recorded)).status()).as("a body changed after signing").isEqualTo(401);
        assertThat(callback(slug, recorded, null).status()).isEqualTo(401);
        assertThat(callback(slug, recorded, "not base64!").status()).isEqualTo(401);

        Api.Response unknown = callback("no-such-shop-" + UUID.randomUUID().toString().substring(0, 8), recorded,
                ShopifySignature.sign(SECRET, recorded));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().get("type").asText()).endsWith("/not-found");

        integrate(Map.of("enabled", false)); // the stored secret stays
        assertThat(callback(slug, recorded, ShopifySignature.sign(SECRET, recorded)).status()).isEqualTo(404);
    }

    @Test
    void theIntegrationIsManagedWithALiveKeyAndNeverShowsItsSecret() {
        Api.Response noSecret = api.send("PUT", "/v1/integrations/shopify", merchant.key(), Map.of("enabled", true));
        assertThat(noSecret.status()).as(noSecret.toString()).isEqualTo(400);
        assertThat(fields(noSecret)).containsExactly("secret");
        UUID foreign = tenants.sandboxAccount(tenants.create(), "foreign", Map.of());
        Api.Response foreignAccount = api.send("PUT", "/v1/integrations/shopify", merchant.key(),
                Map.of("secret", SECRET, "enabled", true, "carrier_account_ids", List.of(foreign)));
        assertThat(foreignAccount.status()).isEqualTo(400);
        assertThat(fields(foreignAccount)).containsExactly("carrier_account_ids[0]");

        String slug = integrate(Map.of("secret", SECRET, "enabled", true, "time_zone", "Asia/Kolkata"));
        JsonNode got = api.get("/v1/integrations/shopify", merchant.key()).json();
        assertThat(got.get("callback_path").asText()).isEqualTo("/v1/integrations/shopify/" + slug + "/rates");
        assertThat(got.get("time_zone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(got.toString()).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(jdbc.sql("SELECT encode(secret, 'escape') FROM shopify_integrations WHERE tenant_id = ?").param(merchant.tenant().id())
                .query(String.class).single()).as("sealed at rest").doesNotContain(SECRET);
        assertThat(api.get("/v1/integrations/shopify", tenants.create().key()).status()).isEqualTo(404);
    }

    private void uploadCard(UUID account, String service, String csv) {
        Api.Response card = api.put("/v1/carrier-accounts/" + account + "/rate-cards/" + service, merchant.key(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
    }

    /** Sets the integration; its slug. */
    private String integrate(Map<String, Object> body) {
        Api.Response put = api.send("PUT", "/v1/integrations/shopify", merchant.key(), body);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        return api.get("/v1/tenant", merchant.key()).json().get("slug").asText();
    }

    private Api.Response callback(String slug, byte[] body, String signature) {
        List<String> headers = signature == null ? List.of("X-Shopify-Shop-Domain", "northern-goods.myshopify.com")
                : List.of("X-Shopify-Shop-Domain", "northern-goods.myshopify.com", ShopifySignature.HEADER, signature);
        return api.post("/v1/integrations/shopify/" + slug + "/rates", null, new String(body, StandardCharsets.UTF_8),
                headers.toArray(String[]::new));
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = ShopifyCallbackIntegrationTests.class.getResourceAsStream("/shopify/rate-request.json")) {
            return in.readAllBytes();
        }
    }
}

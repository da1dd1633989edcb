package io.shipgate.gateway.platform.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are bounded (413 payload-too-large, declared or chunked) and each API key is rate
 * limited (429 rate-limited with Retry-After and the IETF RateLimit fields).
 */
class EdgeLimitsIntegrationTests extends ApiIntegrationTest {

    private static final int ONE_MB = 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        tenants.sandboxAccount(merchant, "Sandbox", Map.of());
        byte[] tooLarge = jsonOfSize(ONE_MB + 1);

        Api.Response declared = api.post("/v1/rates", merchant.key(), new String(tooLarge, StandardCharsets.UTF_8));
        assertPayloadTooLarge(declared, ONE_MB);

        HttpResponse<String> chunked = chunked("/v1/rates", tooLarge);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(chunked.body()).contains("payload-too-large");

        // a chunked body under the limit is read and handed on whole
        HttpResponse<String> small = chunked("/v1/rates", Api.json().writeValueAsBytes(example("rates-request.json")));
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
    }

    @Test
    void aShipmentCarriesCustomsDocumentsBeyondTheDefaultLimitAndCarrierPushesHaveTheirOwn() {
        tenants.sandboxAccount(merchant, "Sandbox", Map.of());
        ObjectNode shipment = example("shipment-international-request.json");
        byte[] invoice = new byte[2_000_000];
        ObjectNode document = shipment.with("customs").putArray("documents").addObject();
        document.put("type", "COMMERCIAL_INVOICE").put("file_name", "invoice.pdf").put("content_type", "application/pdf")
                .put("content", Base64.getEncoder().encodeToString(invoice));
        Api.Response created = api.post("/v1/shipments", merchant.key(), shipment);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Api.Response push = api.post("/v1/webhooks/carriers/sandbox/" + UUID.randomUUID(), null,
                new String(jsonOfSize(ONE_MB + 1), StandardCharsets.UTF_8));
        assertPayloadTooLarge(push, ONE_MB);
    }

    @Test
    void everyAnswerTellsTheKeysRateLimitAndATenantsOwnLimitIsEnforcedAtOnce() {
        Api.Response first = api.get("/v1/shipments", merchant.key());
        assertThat(first.header("RateLimit-Policy")).isEqualTo("\"api-key\";q=200;w=2");
        assertThat(first.header("RateLimit")).matches("\"api-key\";r=19[0-9];t=[0-2]");

        String operator = tenants.operatorKey();
        Api.Response limited = api.patch("/v1/admin/tenants/" + merchant.tenant().id(), operator,
                Map.of("rate_limit", Map.of("requests_per_second", 1, "burst", 2)));
        assertThat(limited.status()).as(limited.toString()).isEqualTo(200);
        assertThat(limited.json().get("rate_limit").get("burst").asInt()).isEqualTo(2);

        Api.Response refused = null;
        int allowed = 0;
        for (int i = 0; i < 6 && refused == null; i++) {
            Api.Response response = api.get("/v1/shipments", merchant.key());
            if (response.status() == 429) {
                refused = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
                allowed++;
            }
        }
        assertThat(allowed).isBetween(2, 3);
        assertThat(refused).as("a burst of 2 at 1 request per second").isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/rate-limited");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"api-key\";q=2;w=2");
        assertThat(refused.header("RateLimit")).matches("\"api-key\";r=0;t=[12]");

        // per key: the tenant's other keys have their own buckets, other tenants their own limits
        assertThat(api.get("/v1/shipments", tenants.create().key()).status()).isEqualTo(200);
    }

    private void assertPayloadTooLarge(Api.Response response, long maxBytes) {
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).endsWith("/payload-too-large");
        assertThat(response.json().get("max_bytes").asLong()).isEqualTo(maxBytes);
    }

    /** A JSON document of exactly {@code size} bytes. */
    private static byte[] jsonOfSize(int size) {
        String prefix = "{\"padding\":\"";
        String suffix = "\"}";
        return (prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    /** A POST without Content-Length (Transfer-Encoding: chunked). */
    private HttpResponse<String> chunked(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + merchant.key())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

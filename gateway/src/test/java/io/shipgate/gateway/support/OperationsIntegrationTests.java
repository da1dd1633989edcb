package io.shipgate.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and integrators reach without an API key: the OpenAPI document, Swagger UI, health and metrics. */
@GatewayIntegrationTest
class OperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentDescribesTheApiInSnakeCase() {
        Api api = new Api(port);
        JsonNode doc = api.get("/v3/api-docs", null).json();
        assertThat(doc.get("paths").has("/v1/shipments")).isTrue();
        assertThat(doc.get("paths").has("/v1/rates")).isTrue();
        assertThat(doc.get("paths").has("/v1/shipments/{id}/tracking")).isTrue();
        assertThat(doc.get("components").get("schemas").get("Address").get("properties").has("postal_code")).isTrue();
        assertThat(doc.toString()).doesNotContain("sandbox-carrier");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void healthShowsTheDatabaseAndCarrierCircuitsAndMetricsArePublished() {
        Api api = new Api(port);
        JsonNode health = api.get("/actuator/health", null).json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").has("carriers")).isTrue();
        Api.Response prometheus = api.get("/actuator/prometheus", null);
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(new String(prometheus.bytes(), StandardCharsets.UTF_8)).contains("jvm_memory_used_bytes");
    }
}

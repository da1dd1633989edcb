package io.shipgate.gateway.platform.health;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and integrators reach without an API key: on the API port the OpenAPI document,
 * Swagger UI and a status-only health; on the management port (127.0.0.1) the health details and
 * the metrics, and nothing of them on the API port.
 */
@GatewayIntegrationTest
class OperationsIntegrationTests {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void theOpenApiDocumentDescribesTheApiInSnakeCase() {
        Api api = new Api(port);
        JsonNode doc = api.get("/v3/api-docs", null).json();
        assertThat(doc.get("paths").has("/v1/shipments")).isTrue();
        assertThat(doc.get("paths").has("/v1/rates")).isTrue();
        assertThat(doc.get("paths").has("/v1/shipments/{id}/tracking")).isTrue();
        assertThat(doc.get("paths").has("/v1/api-keys")).isTrue();
        assertThat(doc.get("paths").has("/v1/admin/tenants")).isTrue();
        assertThat(doc.get("components").get("schemas").get("AddressView").get("properties").has("postal_code")).isTrue();
        // the tenant comes from the API key: no parameter of the operation
        assertThat(doc.get("paths").get("/v1/shipments/{id}").get("get").get("parameters").findValuesAsText("name")).containsExactly("id");
        assertThat(doc.toString()).doesNotContain("sandbox-carrier").doesNotContain("/actuator").doesNotContain("\"/error\"");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void theApiPortAnswersHealthWithTheStatusOnlyAndHidesTheOtherActuatorEndpoints() {
        Api api = new Api(port);
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().toString()).isEqualTo("{\"status\":\"UP\"}");
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health/db", "/actuator/info", "/actuator/env", "/actuator"}) {
            Api.Response response = api.get(path, null);
            assertThat(response.status()).as(path).isIn(401, 404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void theManagementPortShowsTheDatabaseAndCarrierCircuitsAndPublishesMetrics() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        Api management = new Api(managementPort);
        JsonNode health = management.get("/actuator/health", null).json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").has("carriers")).isTrue();
        Api.Response prometheus = management.get("/actuator/prometheus", null);
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(new String(prometheus.bytes(), StandardCharsets.UTF_8)).contains("jvm_memory_used_bytes");
    }
}

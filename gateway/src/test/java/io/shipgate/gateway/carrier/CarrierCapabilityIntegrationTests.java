package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a carrier does not declare is refused with a 422 naming it, before the carrier is called. */
class CarrierCapabilityIntegrationTests extends ApiIntegrationTest {

    @BeforeEach
    void setUp() {
        api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ratesonly", "name", "quotes only",
                "credentials", Map.of("api_key", "k")));
    }

    @Test
    void anOperationTheCarrierLacksIsA422NamingTheCapability() {
        ObjectNode body = example("shipment-request.json");
        body.put("carrier", "ratesonly");
        Api.Response response = api.post("/v1/shipments", merchant.key(), body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).endsWith("/capability-not-supported");
        assertThat(response.json().get("capability").asText()).isEqualTo("CREATE_SHIPMENT");
        assertThat(response.json().get("carrier").asText()).isEqualTo("ratesonly");
    }

    @Test
    void aFeatureTheCarrierLacksIsListedAsAFailureWhileOthersQuote() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        ObjectNode request = example("rates-request.json");
        request.putObject("options").putObject("cod").put("amount", 25).put("currency", "USD");
        JsonNode answer = api.post("/v1/rates", merchant.key(), request).json();
        assertThat(answer.get("quotes").findValuesAsText("carrier")).containsOnly("sandbox");
        assertThat(answer.get("failures")).hasSize(1);
        assertThat(answer.get("failures").get(0).get("carrier").asText()).isEqualTo("ratesonly");
        assertThat(answer.get("failures").get(0).get("category").asText()).isEqualTo("NOT_SERVICEABLE");
        assertThat(answer.get("failures").get(0).get("message").asText()).contains("cash on delivery");
    }
}

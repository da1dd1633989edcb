package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.support.Api;
import io.shipgate.gateway.support.ApiIntegrationTest;
import io.shipgate.gateway.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierAccountIntegrationTests extends ApiIntegrationTest {

    @Test
    void accountsAreCreatedListedUpdatedAndDisabledWithWriteOnlyCredentials() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "Main",
                "settings", Map.of("latency_ms", "5"), "credentials", Map.of("api_key", "super-secret-value")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode account = created.json();
        String id = account.get("id").asText();
        assertThat(account.get("credential_fields").get(0).asText()).isEqualTo("api_key");
        assertThat(account.get("capabilities").toString()).contains("CREATE_SHIPMENT", "RATES");
        assertThat(created.toString()).doesNotContain("super-secret-value");

        byte[] stored = jdbc.sql("SELECT credentials FROM carrier_accounts WHERE id = ?").param(UUID.fromString(id)).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("super-secret-value");

        assertThat(api.get("/v1/carrier-accounts", merchant.key()).json().get("data").findValuesAsText("id")).containsExactly(id);
        Map<String, Object> settings = new HashMap<>();
        settings.put("latency_ms", null);
        settings.put("currency", "EUR");
        JsonNode updated = api.patch("/v1/carrier-accounts/" + id, merchant.key(), Map.of("name", "Renamed", "settings", settings)).json();
        assertThat(updated.get("name").asText()).isEqualTo("Renamed");
        assertThat(updated.get("settings")).hasSize(1);
        assertThat(updated.get("settings").get("currency").asText()).isEqualTo("EUR");
        assertThat(updated.get("credential_fields").get(0).asText()).isEqualTo("api_key");

        JsonNode disabled = api.delete("/v1/carrier-accounts/" + id, merchant.key()).json();
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(api.get("/v1/carrier-accounts/" + id, tenants.create().key()).status()).isEqualTo(404);
    }

    @Test
    void accountsAreCheckedAgainstWhatTheCarrierTakes() {
        Api.Response unknownCarrier = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "pigeon", "name", "x"));
        assertThat(unknownCarrier.status()).isEqualTo(400);
        assertThat(unknownCarrier.json().get("errors").findValuesAsText("field")).containsExactly("carrier");

        Api.Response wrongFields = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "x",
                "settings", Map.of("api_key", "in-the-wrong-place", "colour", "blue")));
        assertThat(wrongFields.status()).isEqualTo(400);
        assertThat(wrongFields.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("settings.api_key", "settings.colour", "credentials.api_key");
        assertThat(wrongFields.toString()).doesNotContain("in-the-wrong-place");
        assertThat(api.get("/v1/carrier-accounts", merchant.key()).json().get("data")).isEmpty();
    }
}

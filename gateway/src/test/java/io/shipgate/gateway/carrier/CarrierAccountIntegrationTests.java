package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
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

    @Test
    void settingsAndCredentialsAreCheckedAgainstTheTypesTheCarrierDeclares() {
        Api.Response lots = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "x",
                "settings", Map.of("failure_rate", "lots", "latency_ms", "-1", "currency", "XYZ", "tracking_step_seconds", "60"),
                "credentials", Map.of("api_key", "key\twith-a-tab", "webhook_secret", "s".repeat(3000))));
        assertThat(lots.status()).as(lots.toString()).isEqualTo(400);
        assertThat(problems(lots)).containsExactly(
                "credentials.api_key: must not contain the control character U+0009: one line of printable characters",
                "credentials.webhook_secret: must be at most 2048 characters",
                "settings.currency: must be an ISO 4217 currency code such as USD",
                "settings.failure_rate: must be a number from 0 to 1",
                "settings.latency_ms: must be a whole number from 0 to 60000");
        assertThat(lots.toString()).doesNotContain("with-a-tab", "lots", "sss");

        Api.Response huge = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "x",
                "credentials", Map.of("api_key", "k".repeat(100_000))));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(problems(huge)).containsExactly("credentials.api_key: must be at most 4096 characters");
        Map<String, String> tooMany = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("setting_" + i, "1");
        }
        assertThat(fields(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "x",
                "settings", tooMany, "credentials", Map.of("api_key", "k"))))).containsExactly("settings");
        assertThat(problems(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "x",
                "settings", Map.of("n".repeat(65), "1"), "credentials", Map.of("api_key", "k"))))).containsExactly(
                "settings: has a name longer than 64 characters");
        assertThat(api.get("/v1/carrier-accounts", merchant.key()).json().get("data")).isEmpty();

        String id = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "x",
                "settings", Map.of("failure_rate", "0.25"), "credentials", Map.of("api_key", "k"))).json().get("id").asText();
        Api.Response update = api.patch("/v1/carrier-accounts/" + id, merchant.key(), Map.of("settings", Map.of("failure_rate", "1.5")));
        assertThat(problems(update)).containsExactly("settings.failure_rate: must be a number from 0 to 1");
        assertThat(api.get("/v1/carrier-accounts/" + id, merchant.key()).json().get("settings").get("failure_rate").asText()).isEqualTo("0.25");

        // every carrier declares its fields' types
        assertThat(problems(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "x",
                "settings", Map.of("account_number", "12", "negotiated_rates", "yes", "contact_phone", "555"),
                "credentials", Map.of("client_id", "id", "client_secret", "secret"))))).containsExactly(
                "settings.account_number: must be a UPS shipper number of six letters or digits",
                "settings.contact_phone: must be + and 1 to 13 digits, e.g. +12125550100",
                "settings.negotiated_rates: must be true or false");
        assertThat(problems(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "fedex", "name", "x",
                "settings", Map.of("account_number", "123456789", "documents_base_url", "ftp://files.example", "pickup_type", "PIGEON"),
                "credentials", Map.of("client_id", "id", "client_secret", "secret"))))).containsExactly(
                "settings.documents_base_url: must be an absolute http(s) URL",
                "settings.pickup_type: must be one of CONTACT_FEDEX_TO_SCHEDULE, DROPOFF_AT_FEDEX_LOCATION, USE_SCHEDULED_PICKUP");
        assertThat(problems(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "dhl-express", "name", "x",
                "settings", Map.of("account_number", "12345678X", "unit_of_measurement", "stone"),
                "credentials", Map.of("api_key", "k", "api_secret", "s"))))).containsExactly(
                "settings.account_number: must be a DHL Express account number of 9 or 10 digits",
                "settings.unit_of_measurement: must be one of metric, imperial");
        assertThat(problems(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "x",
                "settings", Map.of("pickup_location", "x".repeat(101)), "credentials", Map.of("api_token", "t"))))).containsExactly(
                "settings.pickup_location: must be at most 100 characters");
    }

    private static java.util.List<String> problems(Api.Response problem) {
        java.util.List<String> out = new java.util.ArrayList<>();
        problem.json().get("errors").forEach(e -> out.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return out;
    }
}

package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DHL Express through the gateway's REST API beyond the lifecycle every carrier goes through
 * ({@code CarrierLifecycleIntegrationTests}, {@code dhl-express/lifecycle/scenario.json}): address
 * validation, and a refusal that stores nothing, against the DHL module's fixtures ({@link CarrierModules}).
 */
class DhlExpressIntegrationTests extends ApiIntegrationTest {

    private static final WireMockServer DHL = CarrierMocks.server();

    private String accountId;

    @BeforeEach
    void aDhlExpressAccount() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "dhl-express", "name", "DHL Express",
                "settings", Map.of("account_number", "123456789"),
                "credentials", Map.of("api_key", "dhl-key", "api_secret", "dhl-secret")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        accountId = created.json().get("id").asText();
        assertThat(created.json().get("credential_fields")).hasSize(2);
        assertThat(created.toString()).doesNotContain("dhl-secret");
    }

    @AfterEach
    void forgetTheStubs() {
        DHL.resetAll();
    }

    @Test
    void dhlJudgesAnAddressByItsCityAndPostalCode() {
        DHL.stubFor(get(urlPathEqualTo("/address-validate")).willReturn(okJson(fixture("address/response.json"))));

        JsonNode validation = api.post("/v1/addresses/validate", merchant.key(), Map.of("carrier_account_id", accountId,
                "address", Map.of("street1", "123 Main Street", "city", "New York", "postal_code", "10001", "country", "US"))).json();

        assertThat(validation.get("verdict").asText()).isEqualTo("VALID");
        assertThat(validation.get("candidates").get(0).get("city").asText()).isEqualTo("NEW YORK");
        assertThat(validation.get("messages").get(0).asText()).isEqualTo("Address has been corrected");
    }

    @Test
    void aLabelDhlRefusesOrCannotSellStoresNothing() {
        DHL.stubFor(post("/shipments").willReturn(problem(422, "error/validation.json")));
        ObjectNode order = example("shipment-international-request.json");
        order.remove("carrier");
        order.put("carrier_account_id", accountId);

        Api.Response refused = api.post("/v1/shipments", merchant.key(), order);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/carrier-invalid-request");
        assertThat(refused.json().get("carrier").asText()).isEqualTo("dhl-express");
        assertThat(fields(refused)).containsExactly("recipient.city");

        ObjectNode cod = example("shipment-request.json");
        cod.remove("carrier");
        cod.put("carrier_account_id", accountId);
        cod.putObject("options").putObject("cod").put("amount", 25).put("currency", "USD");
        Api.Response noCod = api.post("/v1/shipments", merchant.key(), cod);
        assertThat(noCod.status()).as(noCod.toString()).isEqualTo(422);
        assertThat(noCod.json().get("type").asText()).endsWith("/carrier-not-serviceable");

        DHL.verify(exactly(1), postRequestedFor(urlEqualTo("/shipments")));
        assertThat(merchantRows("shipments")).isZero();
    }

    private static ResponseDefinitionBuilder problem(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(fixture(fixture));
    }

    private static String fixture(String name) {
        return CarrierModules.text("dhl-express", "dhl-express/" + name);
    }
}

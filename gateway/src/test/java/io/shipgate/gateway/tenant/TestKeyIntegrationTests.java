package io.shipgate.gateway.tenant;

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
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test key (sg_test_) may only use sandbox carrier accounts: wherever a request would use a live
 * account (rates, purchase, cancel, tracking), it is a 403 problem and the carrier is not called.
 */
class TestKeyIntegrationTests extends ApiIntegrationTest {

    private String testKey;
    private String sandboxAccount;
    private String upsAccount;

    @BeforeEach
    void aTenantWithASandboxAndAUpsAccount() {
        testKey = tenants.key(merchant.tenant(), ApiKeyKind.TEST).key();
        sandboxAccount = tenants.sandboxAccount(merchant, "Sandbox", Map.of()).toString();
        Api.Response ups = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"),
                "credentials", Map.of("client_id", "gateway-client", "client_secret", "gateway-secret")));
        assertThat(ups.status()).as(ups.toString()).isEqualTo(201);
        upsAccount = ups.json().get("id").asText();
    }

    @AfterEach
    void resetUps() {
        CarrierMocks.server().resetAll();
    }

    @Test
    void aTestKeyRatesAndBuysOnSandboxAccountsOnly() {
        Api.Response named = api.post("/v1/rates", testKey, rates(upsAccount));
        assertForbidden(named);

        Api.Response all = api.post("/v1/rates", testKey, example("rates-request.json"));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("quotes").findValuesAsText("carrier")).isNotEmpty().containsOnly("sandbox");
        assertThat(all.json().toString()).doesNotContain(upsAccount);

        Api.Response sandbox = api.post("/v1/shipments", testKey, shipment(sandboxAccount, null));
        assertThat(sandbox.status()).as(sandbox.toString()).isEqualTo(201);
        assertForbidden(api.post("/v1/shipments", testKey, shipment(upsAccount, "03")));
        assertThat(merchantRows("shipments")).isEqualTo(1);
        CarrierMocks.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTestKeyCannotCancelOrTrackAShipmentBoughtOnALiveAccount() {
        WireMockServer ups = CarrierMocks.server();
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json("oauth/token.json")));
        ups.stubFor(post(urlEqualTo("/api/shipments/v2409/ship")).willReturn(json("shipment/response-domestic.json")));
        Api.Response bought = api.post("/v1/shipments", merchant.key(), shipment(upsAccount, "03"));
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        String id = bought.json().get("id").asText();
        ups.resetRequests();

        assertForbidden(api.post("/v1/shipments/" + id + "/cancel", testKey, Map.of()));
        assertForbidden(api.get("/v1/shipments/" + id + "/tracking?refresh=true", testKey));
        ups.verify(0, anyRequestedFor(anyUrl()));
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isNotEqualTo("CANCELLED");
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).endsWith("/live-account-with-test-key");
    }

    private static ObjectNode rates(String accountId) {
        ObjectNode request = example("rates-request.json");
        request.putArray("carrier_account_ids").add(accountId);
        return request;
    }

    private static ObjectNode shipment(String accountId, String service) {
        ObjectNode request = example("shipment-request.json");
        request.remove("carrier");
        request.put("carrier_account_id", accountId);
        if (service != null) {
            request.put("service", service);
        }
        return request;
    }

    /** A UPS module fixture ({@link CarrierModules}) as UPS's JSON answer. */
    private static ResponseDefinitionBuilder json(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(CarrierModules.text("ups", "ups/" + fixture));
    }
}

package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delhivery's cash on delivery through the REST API beyond the lifecycle every carrier goes through
 * ({@code CarrierLifecycleIntegrationTests}, {@code delhivery/lifecycle/scenario.json}, which also
 * covers the NDR scan push): COD where the pincode has none, or in another currency than INR, is a
 * 422 and stores nothing. Fixtures are the Delhivery module's ({@link CarrierModules}).
 */
class DelhiveryCodIntegrationTests extends ApiIntegrationTest {

    private static final String CREATE = "/api/cmu/create.json";

    private final WireMockServer delhivery = CarrierMocks.server();

    @BeforeEach
    void aDelhiveryAccountAndItsPincodes() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        pincode("560001", "pincode/serviceable-560001.json");
        pincode("795001", "pincode/prepaid-only-795001.json");
    }

    @AfterEach
    void resetDelhivery() {
        delhivery.resetAll();
    }

    @Test
    void codWhereThePincodeHasNoCodIsNotServiceableAndNothingIsStored() {
        ObjectNode request = order();
        ((ObjectNode) request.get("recipient")).put("postal_code", "795001").put("city", "Imphal").put("state", "MN");

        Api.Response refused = api.post("/v1/shipments", merchant.key(), request);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/carrier-not-serviceable");
        assertThat(refused.json().get("carrier").asText()).isEqualTo("delhivery");
        assertThat(fields(refused)).containsExactly("options.cod");
        assertThat(refused.json().get("detail").asText()).contains("pincode 795001");
        delhivery.verify(0, postRequestedFor(urlEqualTo(CREATE)));
        assertThat(merchantRows("shipments")).isZero();

        ObjectNode dollars = order();
        ((ObjectNode) dollars.get("options").get("cod")).put("currency", "USD");
        Api.Response usd = api.post("/v1/shipments", merchant.key(), dollars);
        assertThat(usd.status()).isEqualTo(422);
        assertThat(usd.json().get("type").asText()).endsWith("/carrier-invalid-request");
        assertThat(fields(usd)).containsExactly("options.cod.currency");
        assertThat(merchantRows("shipments")).isZero();
    }

    private void pincode(String pin, String path) {
        delhivery.stubFor(get(urlPathEqualTo("/c/api/pin-codes/json/")).withQueryParam("filter_codes", equalTo(pin))
                .willReturn(okJson(CarrierModules.text("delhivery", "delhivery/" + path))));
    }

    /** The lifecycle scenario's India COD order (Gurugram to Bengaluru, COD INR 1499). */
    private static ObjectNode order() {
        try {
            return (ObjectNode) Api.json().readTree(CarrierModules.text("delhivery", "delhivery/lifecycle/shipment-request.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

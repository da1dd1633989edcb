package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input, foreign ids and carrier failures: a clear problem, and nothing stored half-way. */
class ShipmentErrorsIntegrationTests extends ApiIntegrationTest {

    @Test
    void invalidRequestsNameTheirFieldsAndStoreNothing() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        Api.Response empty = api.post("/v1/shipments", merchant.key(), "{}", "Idempotency-Key", "v-1");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.json().get("type").asText()).endsWith("/validation-error");
        assertThat(fields(empty)).contains("shipper", "recipient", "parcels");

        ObjectNode body = example("shipment-request.json");
        ((ObjectNode) body.get("recipient")).remove("street1");
        ((ObjectNode) body.get("recipient")).put("country", "usa");
        ((ObjectNode) body.withArray("parcels").get(0).get("weight")).put("value", -1);
        assertThat(fields(api.post("/v1/shipments", merchant.key(), body)))
                .containsExactly("parcels[0].weight.value", "recipient.country", "recipient.street1");

        ObjectNode badEnum = example("shipment-request.json");
        ((ObjectNode) badEnum.withArray("parcels").get(0).get("weight")).put("unit", "STONE");
        Api.Response unreadable = api.post("/v1/shipments", merchant.key(), badEnum);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(fields(unreadable)).containsExactly("parcels[0].weight.unit");
        assertThat(unreadable.json().get("errors").get(0).get("message").asText()).contains("KG", "LB");

        ObjectNode typo = example("shipment-request.json");
        ((ObjectNode) typo.get("recipient")).put("postcode", "94105");
        assertThat(fields(api.post("/v1/shipments", merchant.key(), typo))).containsExactly("recipient.postcode");

        assertThat(api.post("/v1/shipments", merchant.key(), "{not json").status()).isEqualTo(400);
        assertThat(merchantRows("shipments")).isZero();
        // a failed request does not hold its idempotency key
        assertThat(api.post("/v1/shipments", merchant.key(), example("shipment-request.json"), "Idempotency-Key", "v-1").status())
                .isEqualTo(201);
    }

    @Test
    void crossBorderShipmentsNeedACustomsDeclaration() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        ObjectNode international = example("shipment-international-request.json");
        international.remove("customs");
        Api.Response missing = api.post("/v1/shipments", merchant.key(), international);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("customs");

        ObjectNode badItem = example("shipment-international-request.json");
        ((ObjectNode) badItem.get("customs").withArray("items").get(0)).put("hs_code", "12");
        assertThat(fields(api.post("/v1/shipments", merchant.key(), badItem))).containsExactly("customs.items[0].hs_code");

        Api.Response ok = api.post("/v1/shipments", merchant.key(), example("shipment-international-request.json"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.json().get("customs").get("items").get(0).get("hs_code").asText()).isEqualTo("6109.10");
        assertThat(merchantRows("shipments")).isEqualTo(1);
    }

    @Test
    void anotherTenantsShipmentIsNotFound() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        String id = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json().get("id").asText();
        TestTenants.TestTenant other = tenants.create();

        for (Api.Response r : List.of(api.get("/v1/shipments/" + id, other.key()),
                api.get("/v1/shipments/" + id + "/label?format=pdf", other.key()),
                api.get("/v1/shipments/" + id + "/tracking", other.key()),
                api.post("/v1/shipments/" + id + "/cancel", other.key(), null))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/v1/shipments", other.key()).json().get("data")).isEmpty();
        assertThat(api.get("/v1/shipments/" + UUID.randomUUID(), merchant.key()).status()).isEqualTo(404);
        assertThat(api.get("/v1/shipments/not-a-uuid", merchant.key()).status()).isEqualTo(404);
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("MANIFESTED");
    }

    @Test
    void requestsWithoutAValidKeyAreUnauthorized() {
        Api.Response none = api.get("/v1/shipments", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get("/v1/shipments", "sg_not-a-real-key").status()).isEqualTo(401);
    }

    @Test
    void aCarrierFailureDuringCreateIsABadGatewayAndStoresNothing() {
        UUID failing = tenants.sandboxAccount(merchant, "failing", Map.of("failure_rate", "1"));
        ObjectNode body = example("shipment-request.json");
        body.remove("carrier");
        body.put("carrier_account_id", failing.toString());

        Api.Response failed = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "f-1");
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        JsonNode problem = failed.json();
        assertThat(problem.get("type").asText()).endsWith("/carrier-unavailable");
        assertThat(problem.get("carrier").asText()).isEqualTo("sandbox");
        assertThat(problem.get("retryable").asBoolean()).isTrue();
        assertThat(failed.toString()).doesNotContain("Exception", "at io.", "test-key");
        assertThat(merchantRows("shipments")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE tenant_id = ?").param(merchant.tenant().id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE tenant_id = ?").param(merchant.tenant().id()).query(Long.class).single()).isZero();
    }

    @Test
    void aCarrierCodeWithSeveralAccountsAsksWhichOne() {
        tenants.sandboxAccount(merchant, "one", Map.of());
        tenants.sandboxAccount(merchant, "two", Map.of());
        Api.Response ambiguous = api.post("/v1/shipments", merchant.key(), example("shipment-request.json"));
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(fields(ambiguous)).containsExactly("carrier_account_id");
    }

}

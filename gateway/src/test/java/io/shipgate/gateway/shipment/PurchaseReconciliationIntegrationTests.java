package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.routes.Endpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Purchases whose carrier answer never came, or whose label could be neither stored nor voided:
 * written down before the call, settled by the reconciler once their lease ends (here: when the
 * test moves the clock and runs it), and never bought twice by a retry.
 */
class PurchaseReconciliationIntegrationTests extends ApiIntegrationTest {

    /** Beyond every lease here: 3 x the sandbox's 8 s and UPS's 30 s operation timeouts. */
    private static final Duration BEYOND_THE_LEASE = Duration.ofMinutes(2);

    @Autowired
    RouteClient routes;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void resetCarrierMocks() {
        CarrierMocks.server().resetAll();
    }

    @Test
    void aPurchaseWhoseAnswerNeverCameIsRecordedByTheReconcilerAndItsRetryGetsThatLabel() {
        // the simulated carrier sells the label, then hangs: the gateway times out without an answer
        UUID account = tenants.sandboxAccount(merchant, "hanging", Map.of("timeout_rate", "1"));
        ObjectNode body = onAccount(account);
        double purchasesBefore = sandboxCalls("createShipment");
        double recordedBefore = reconciled("recorded");

        Api.Response lost = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "lost-1");
        assertThat(lost.status()).as(lost.toString()).isEqualTo(504);

        Api.Response early = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "lost-1");
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("type").asText()).endsWith("/idempotency-key-in-use");
        assertThat(Long.parseLong(early.header("Retry-After"))).isBetween(1L, 25L);
        JsonNode unsettled = unsettled(null);
        assertThat(unsettled).hasSize(1);
        assertThat(unsettled.get(0).get("state").asText()).isEqualTo("RECONCILING");
        assertThat(unsettled.get(0).get("idempotency_key").asText()).isEqualTo("lost-1");
        assertThat(unsettled.get(0).get("carrier_account_id").asText()).isEqualTo(account.toString());

        reconcile(); // the lease has not ended: the carrier may still be working on it
        assertThat(unsettled(null)).hasSize(1);

        api.patch("/v1/carrier-accounts/" + account, merchant.key(), Map.of("settings", Map.of("timeout_rate", "0")));
        clock.advance(BEYOND_THE_LEASE);
        reconcile();

        Api.Response retry = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "lost-1");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.get("/v1/shipments/" + retry.json().get("id").asText(), merchant.key()).json().get("awb").asText())
                .isEqualTo(retry.json().get("awb").asText());
        // nobody answered the reconciled purchase: its first replay renders the shipment, and every later one answers those bytes
        assertThat(api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "lost-1").bytes()).isEqualTo(retry.bytes());
        assertThat(merchantRows("shipments")).isEqualTo(1);
        assertThat(merchantRows("outbox")).isEqualTo(1);
        assertThat(sandboxCalls("createShipment") - purchasesBefore).as("labels bought").isEqualTo(1.0);
        assertThat(unsettled(null)).isEmpty();
        assertThat(reconciled("recorded") - recordedBefore).isEqualTo(1.0);
    }

    @Test
    void aPurchaseTheCarrierNeverMadeReleasesItsKeySoTheRetryBuysIt() {
        // the gateway gives up after 5 s; the simulated carrier then refuses (503) without selling anything
        UUID account = tenants.sandboxAccount(merchant, "slow-then-down", Map.of("latency_ms", "6000", "failure_rate", "1"));
        ObjectNode body = onAccount(account);
        double purchasesBefore = sandboxCalls("createShipment");

        assertThat(api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "gone-1").status()).isEqualTo(504);
        api.patch("/v1/carrier-accounts/" + account, merchant.key(), Map.of("settings", Map.of("latency_ms", "0", "failure_rate", "0")));
        clock.advance(BEYOND_THE_LEASE);
        reconcile();

        assertThat(unsettled(null)).isEmpty();
        assertThat(merchantRows("idempotency_keys")).isZero();
        Api.Response retry = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "gone-1");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(merchantRows("shipments")).isEqualTo(1);
        assertThat(sandboxCalls("createShipment") - purchasesBefore).isEqualTo(2.0);
    }

    @Test
    void aPurchaseTheCarrierCannotLookUpNeedsAnOperatorAndItsKeyNeverBuysAgain() {
        // UPS sells the label but its answer breaks off: whether it was sold is unknown to the gateway
        // (a label in a format nobody asked for no longer does: the adapter keeps the AWB with a LABEL_UNREADABLE warning)
        WireMockServer ups = CarrierMocks.server();
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json(fixture("oauth/token.json"))));
        String sold = fixture("shipment/response-domestic.json");
        ups.stubFor(post(urlEqualTo("/api/shipments/v2409/ship")).willReturn(json(sold.substring(0, sold.length() / 2))));
        String account = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"),
                "credentials", Map.of("client_id", "c", "client_secret", "s"))).json().get("id").asText();
        ObjectNode body = onAccount(UUID.fromString(account));
        body.put("service", "03");

        Api.Response lost = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "ups-lost");
        assertThat(lost.status()).as(lost.toString()).isEqualTo(502);
        clock.advance(BEYOND_THE_LEASE);
        reconcile();

        JsonNode attention = unsettled("needs_attention");
        assertThat(attention).hasSize(1);
        assertThat(attention.get(0).get("carrier").asText()).isEqualTo("ups");
        assertThat(attention.get(0).get("reference").asText()).isEqualTo(body.get("reference").asText());
        assertThat(attention.get(0).get("carrier_idempotency_key").asText()).isNotBlank();
        assertThat(attention.get(0).get("last_error").asText()).contains("ups cannot look a purchase up");
        assertThat(unsettled("pending")).isEmpty();
        assertThat(meters.get("shipgate.purchases.needs_attention").gauge().value()).isGreaterThanOrEqualTo(1.0);
        assertThat(api.get("/v1/purchase-intents", tenants.create().key()).json().get("data")).isEmpty();

        Api.Response retry = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "ups-lost");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
        assertThat(retry.json().get("type").asText()).endsWith("/purchase-needs-attention");
        ups.verify(1, postRequestedFor(urlEqualTo("/api/shipments/v2409/ship")));
        assertThat(merchantRows("shipments")).isZero();
        assertThat(api.get("/v1/purchase-intents?state=sometimes", merchant.key()).status()).isEqualTo(400);
    }

    @Test
    void aLabelBoughtButNeitherStoredNorVoidedIsVoidedByTheReconciler() {
        // UPS answers every purchase with the same AWB: the second one cannot be stored (one AWB per account),
        // and voiding it fails at first (UPS unavailable)
        WireMockServer ups = CarrierMocks.server();
        String awb = "1ZCIETST0111111114";
        String voidUrl = "/api/shipments/v2409/void/cancel/" + awb;
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json(fixture("oauth/token.json"))));
        ups.stubFor(post(urlEqualTo("/api/shipments/v2409/ship")).willReturn(json(fixture("shipment/response-domestic.json"))));
        ups.stubFor(delete(urlEqualTo(voidUrl)).willReturn(aResponse().withStatus(503)));
        String account = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"),
                "credentials", Map.of("client_id", "c", "client_secret", "s"))).json().get("id").asText();
        ObjectNode body = onAccount(UUID.fromString(account));
        body.put("service", "03");
        double voidedBefore = reconciled("voided");
        assertThat(api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "ups-1").status()).isEqualTo(201);

        body.put("reference", "ORDER-1002");
        Api.Response unstored = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "ups-2");
        assertThat(unstored.status()).as(unstored.toString()).isEqualTo(500);
        JsonNode toVoid = unsettled("reconciling");
        assertThat(toVoid).hasSize(1);
        assertThat(toVoid.get(0).get("awb").asText()).isEqualTo(awb);
        assertThat(api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "ups-2").status()).isEqualTo(409);

        ups.stubFor(delete(urlEqualTo(voidUrl)).willReturn(json(fixture("void/response.json"))));
        reconcile(); // due at once: no lease to wait for, the label is known

        assertThat(unsettled(null)).isEmpty();
        ups.verify(2, deleteRequestedFor(urlEqualTo(voidUrl)));
        assertThat(reconciled("voided") - voidedBefore).isEqualTo(1.0);
        assertThat(merchantRows("shipments")).isEqualTo(1);
        assertThat(merchantRows("idempotency_keys")).as("ups-2 released").isEqualTo(1);
    }

    private ObjectNode onAccount(UUID account) {
        ObjectNode body = example("shipment-request.json");
        body.remove("carrier");
        body.put("carrier_account_id", account.toString());
        return body;
    }

    private JsonNode unsettled(String state) {
        Api.Response page = api.get("/v1/purchase-intents" + (state == null ? "" : "?state=" + state), merchant.key());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("data");
    }

    private void reconcile() {
        routes.send(Endpoints.RECONCILE_PURCHASES, null);
    }

    private double sandboxCalls(String operation) {
        return meters.find(CarrierTransport.TIMER).tag("carrier", "sandbox").tag("operation", operation).timers()
                .stream().mapToDouble(Timer::count).sum();
    }

    private double reconciled(String outcome) {
        return meters.find("shipgate.purchases.reconciled").tag("outcome", outcome).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    /** A UPS module fixture ({@link CarrierModules}). */
    private static String fixture(String name) {
        return CarrierModules.text("ups", "ups/" + name);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}

package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling a shipment the carrier has picked up already: a return to origin where the carrier offers one (the sandbox's
 * NDR action; Delhivery, whose cancellation after pickup becomes an RTO), the status then following RTO_*; a 409 where the
 * carrier refuses, and once delivered.
 */
class CancelAfterPickupIntegrationTests extends ApiIntegrationTest {

    private static final String EDIT = "/api/p/edit";

    private final WireMockServer delhivery = CarrierMocks.server();

    @AfterEach
    void resetDelhivery() {
        delhivery.resetAll();
    }

    @Test
    void aSandboxShipmentInTransitIsReturnedToOriginAndItsStatusFollowsRto() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of("tracking_step_seconds", "60"));
        String id = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json().get("id").asText();
        clock.advance(Duration.ofSeconds(150));
        assertThat(api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("status").asText()).isEqualTo("IN_TRANSIT");

        Api.Response cancelled = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("outcome").asText()).isEqualTo("rto_requested");
        assertThat(cancelled.json().get("status").asText()).isEqualTo("RTO_REQUESTED");
        assertThat(cancelled.json().get("status_code").asInt()).isEqualTo(14);
        assertThat(cancelled.json().has("cancelled_at")).isFalse();
        long calls = carrierCalls();
        Api.Response again = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(again.json().get("outcome").asText()).isEqualTo("rto_requested");
        assertThat(carrierCalls()).as("asked once").isEqualTo(calls);

        clock.advance(Duration.ofMinutes(3)); // the carrier turns the parcel back and delivers it to the shipper
        JsonNode tracking = api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json();
        assertThat(tracking.get("status").asText()).isEqualTo("RTO_DELIVERED");
        assertThat(tracking.get("events").findValuesAsText("status"))
                .containsSubsequence("IN_TRANSIT", "RTO_REQUESTED", "RTO_IN_TRANSIT", "RTO_DELIVERED").doesNotContain("DELIVERED");
        assertThat(outboxEvents(id)).containsSubsequence("shipment.status_changed", "shipment.rto_requested", "shipment.returned_to_origin");

        Api.Response refused = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("/invalid-state");
        assertThat(refused.json().get("shipment_status").asText()).isEqualTo("RTO_DELIVERED");
    }

    @Test
    void aDelhiveryShipmentPickedUpIsReturnedToOriginByItsCancellationAndRefusedWhereDelhiveryRefuses() {
        String id = pickedUpDelhiveryShipment(merchant);
        delhivery.stubFor(post(urlEqualTo(EDIT)).willReturn(okJson(CarrierModules.text("delhivery", "delhivery/edit/cancel-success.json"))));

        Api.Response rto = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(rto.status()).as(rto.toString()).isEqualTo(200);
        assertThat(rto.json().get("outcome").asText()).isEqualTo("rto_requested");
        assertThat(rto.json().get("status").asText()).isEqualTo("RTO_REQUESTED");
        delhivery.verify(1, postRequestedFor(urlEqualTo(EDIT)).withRequestBody(equalTo("{\"waybill\":\"36391910012345\",\"cancellation\":\"true\"}")));
        assertThat(api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("events").findValuesAsText("status"))
                .contains("FAILED_DELIVERY", "RTO_REQUESTED");

        // another merchant's Delhivery refuses: the shipment stays as it was
        TestTenants.TestTenant other = tenants.create();
        String refusedId = pickedUpDelhiveryShipment(other);
        delhivery.stubFor(post(urlEqualTo(EDIT)).willReturn(okJson(CarrierModules.text("delhivery", "delhivery/edit/cancel-refused.json"))));
        Api.Response refused = api.post("/v1/shipments/" + refusedId + "/cancel", other.key(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("/invalid-state");
        assertThat(refused.json().get("shipment_status").asText()).isEqualTo("FAILED_DELIVERY");
        assertThat(refused.json().get("detail").asText()).contains("no return to origin");
        assertThat(api.get("/v1/shipments/" + refusedId, other.key()).json().get("status").asText()).isEqualTo("FAILED_DELIVERY");
    }

    /** A Delhivery shipment bought (WireMock) and tracked to its failed delivery attempt: the carrier has the parcel. */
    private String pickedUpDelhiveryShipment(TestTenants.TestTenant tenant) {
        Api.Response account = api.post("/v1/carrier-accounts", tenant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1")));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        stub("/c/api/pin-codes/json/", "pincode/serviceable-560001.json");
        delhivery.stubFor(post(urlEqualTo("/api/cmu/create.json")).willReturn(okJson(fixture("manifest/success-cod.json"))));
        stub("/api/p/packing_slip", "label/packing-slip.json");
        delhivery.stubFor(get(urlPathEqualTo("/label-store/packing_slip/36391910012345.pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withBody(CarrierModules.bytes("delhivery", "delhivery/label/packing-slip-36391910012345.pdf"))));
        stub("/api/v1/packages/json/", "tracking/failed-attempt.json");
        Api.Response bought = api.post("/v1/shipments", tenant.key(), order());
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        String id = bought.json().get("id").asText();
        assertThat(api.get("/v1/shipments/" + id + "/tracking", tenant.key()).json().get("status").asText()).isEqualTo("FAILED_DELIVERY");
        return id;
    }

    private void stub(String path, String fixture) {
        delhivery.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(fixture(fixture))));
    }

    private static String fixture(String path) {
        return CarrierModules.text("delhivery", "delhivery/" + path).replace("{{base_url}}", CarrierMocks.baseUrl());
    }

    private static ObjectNode order() {
        try {
            return (ObjectNode) Api.json().readTree(CarrierModules.text("delhivery", "delhivery/lifecycle/shipment-request.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> outboxEvents(String shipmentId) {
        return jdbc.sql("SELECT event_type FROM outbox WHERE aggregate_id = ? ORDER BY id").param(UUID.fromString(shipmentId))
                .query(String.class).list();
    }
}

package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import io.shipgate.routes.port.PushInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A push for an AWB no shipment of the account has yet (Delhivery, whose answers {@link CarrierMocks}
 * serves, pushing a failed attempt before its manifest was stored): acknowledged, kept, and ingested in
 * the transaction that stores the shipment when it appears; kept only for its retention.
 */
class UnmatchedPushIntegrationTests extends ApiIntegrationTest {

    private static final String AWB = "36391910012345";
    private static final String WEBHOOK_TOKEN = "whk_unmatched_7f3a";

    private final WireMockServer delhivery = CarrierMocks.server();
    private UUID account;

    @Autowired
    PushInbox inbox;

    @BeforeEach
    void aDelhiveryAccountAndDelhiverysAnswers() {
        account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1", "webhook_token", WEBHOOK_TOKEN)))
                .json().get("id").asText());
        delhivery.stubFor(get(urlPathEqualTo("/c/api/pin-codes/json/")).withQueryParam("filter_codes", equalTo("560001"))
                .willReturn(okJson(fixture("pincode/serviceable-560001.json"))));
        delhivery.stubFor(post(urlEqualTo("/api/cmu/create.json")).willReturn(okJson(fixture("manifest/success-cod.json"))));
        delhivery.stubFor(get(urlPathEqualTo("/api/p/packing_slip")).willReturn(okJson(fixture("label/packing-slip.json"))));
        delhivery.stubFor(get(urlPathEqualTo("/label-store/packing_slip/36391910012345.pdf")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody(bytes("label/packing-slip-36391910012345.pdf"))));
        delhivery.stubFor(get(urlPathEqualTo("/api/v1/packages/json/")).willReturn(okJson(fixture("tracking/manifested.json"))));
    }

    @AfterEach
    void resetDelhivery() {
        delhivery.resetAll();
    }

    private Api.Response pushFailedAttempt() {
        return api.send("POST", "/v1/webhooks/carriers/delhivery/" + account, null, fixture("webhook/failed-attempt-cod.json"),
                "Authorization", "Token " + WEBHOOK_TOKEN);
    }

    private long kept() {
        return jdbc.sql("SELECT count(*) FROM tracking_push_unmatched WHERE carrier_account_id = ? AND awb = ?").params(account, AWB)
                .query(Long.class).single();
    }

    @Test
    void aPushForAnAwbNoShipmentHasIsKeptAndMatchedWhenTheShipmentAppears() {
        Api.Response receipt = pushFailedAttempt();
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        processPushes();
        assertThat(kept()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT state FROM tracking_pushes WHERE id = ?").param(UUID.fromString(receipt.json().get("id").asText()))
                .query(String.class).single()).as("processed: its AWB is kept for later, not an error").isEqualTo("PROCESSED");

        JsonNode shipment = api.post("/v1/shipments", merchant.key(), json("lifecycle/shipment-request.json")).json();
        assertThat(shipment.get("awb").asText()).isEqualTo(AWB);
        UUID shipmentId = UUID.fromString(shipment.get("id").asText());

        assertThat(api.get("/v1/shipments/" + shipmentId, merchant.key()).json().get("status").asText()).isEqualTo("FAILED_DELIVERY");
        JsonNode events = api.get("/v1/shipments/" + shipmentId + "/tracking", merchant.key()).json().get("events");
        JsonNode failed = events.get(events.size() - 1);
        assertThat(failed.get("carrier_code").asText()).isEqualTo("EOD-6");
        assertThat(failed.get("occurred_at").asText()).as("the carrier's offset is kept while the push waits").isEqualTo("2026-11-27T14:02:55+05:30");
        assertThat(kept()).isZero();
        String ndr = jdbc.sql("SELECT payload->>'ndr_reason' FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.failed_attempt'")
                .param(shipmentId).query(String.class).single();
        assertThat(ndr).isEqualTo("COD_NOT_READY");
        assertThat(jdbc.sql("SELECT event_type FROM outbox WHERE aggregate_id = ? ORDER BY id").param(shipmentId).query(String.class).list())
                .as("created, then what the earlier push said").containsExactly("shipment.created", "shipment.status_changed", "shipment.failed_attempt", "ndr.raised");
        assertThat(inbox.rematch(merchant.tenant().id(), account, AWB)).as("matched once").isZero();
    }

    @Test
    void anAwbPushedForAnotherAccountIsNotMatched() {
        pushFailedAttempt();
        processPushes();
        UUID other = account;
        aDelhiveryAccountAndDelhiverysAnswers();

        com.fasterxml.jackson.databind.node.ObjectNode request = json("lifecycle/shipment-request.json");
        request.remove("carrier");
        request.put("carrier_account_id", account.toString());
        Api.Response created = api.post("/v1/shipments", merchant.key(), request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();

        assertThat(shipment.get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_push_unmatched WHERE carrier_account_id = ?").param(other)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPushForAnAwbBoughtElsewhereIsMatchedWhenItsTrackerIsCreated() {
        pushFailedAttempt();
        processPushes();
        assertThat(kept()).isEqualTo(1);

        Api.Response created = api.post("/v1/trackers", merchant.key(), Map.of("carrier", "delhivery", "tracking_number", AWB,
                "carrier_account_id", account.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID trackerId = UUID.fromString(created.json().get("id").asText());

        assertThat(created.json().get("status").asText()).as("the earlier push, matched once the tracker is stored").isEqualTo("FAILED_DELIVERY");
        assertThat(kept()).isZero();
        assertThat(jdbc.sql("SELECT event_type FROM outbox WHERE aggregate_id = ? ORDER BY id").param(trackerId).query(String.class).list())
                .containsExactly("shipment.status_changed", "shipment.failed_attempt", "ndr.raised");
        assertThat(jdbc.sql("SELECT next_check_at IS NOT NULL AND next_check_at = last_tracked_at FROM shipments WHERE id = ?")
                .param(trackerId).query(Boolean.class).single()).as("a push that moved the status: the next poll is due now").isTrue();
        assertThat(inbox.rematch(merchant.tenant().id(), account, AWB)).as("matched once").isZero();
    }

    @Test
    void keptTrackingGoesAfterItsRetention() {
        pushFailedAttempt();
        processPushes();
        assertThat(kept()).isEqualTo(1);

        clock.advance(Duration.ofDays(31));
        try {
            routes.sendBody(io.shipgate.routes.Endpoints.PURGE_UNMATCHED_PUSHES, null);
            routes.sendBody(io.shipgate.routes.Endpoints.PURGE_PUSHES, null);
        } finally {
            clock.advance(Duration.ofDays(-31));
        }

        assertThat(kept()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_pushes WHERE carrier_account_id = ?").param(account).query(Long.class).single())
                .isZero();
    }

    private com.fasterxml.jackson.databind.node.ObjectNode json(String path) {
        try {
            return (com.fasterxml.jackson.databind.node.ObjectNode) Api.json().readTree(fixture(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixture(String path) {
        return CarrierModules.text("delhivery", "delhivery/" + path);
    }

    private static byte[] bytes(String path) {
        return CarrierModules.bytes("delhivery", "delhivery/" + path);
    }
}

package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.sandbox.tracking.SandboxWebhookMapper;
import io.shipgate.gateway.support.Api;
import io.shipgate.gateway.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracking pushed by a carrier: authenticated by the account's secret, ingested like a poll, de-duplicated. */
class CarrierWebhookIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-test";

    @Autowired
    MeterRegistry meters;

    UUID account;
    String shipmentId;
    String awb;

    @BeforeEach
    void aShipmentOnAnAccountWithAWebhookSecret() {
        account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "pushing",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText());
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json();
        shipmentId = shipment.get("id").asText();
        awb = shipment.get("awb").asText();
    }

    private String push(String status, String... events) {
        return """
                {"awb": "%s", "status": "%s", "events": [%s]}""".formatted(awb, status, String.join(",", events));
    }

    private static String event(String code, String reason, String time) {
        return """
                {"code": "%s", "reason_code": %s, "description": "%s", "location": {"city": "San Francisco", "state": "CA", "country": "US"},
                 "timestamp": "%s"}""".formatted(code, reason == null ? "null" : "\"" + reason + "\"", code, time);
    }

    private Api.Response send(UUID accountId, String body, String secret) {
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(secret, body.getBytes(StandardCharsets.UTF_8)));
        return api.send("POST", "/v1/webhooks/carriers/sandbox/" + accountId, null, body, SandboxWebhookMapper.SIGNATURE_HEADER, signature);
    }

    @Test
    void anAuthenticatedPushAdvancesTheShipmentOnceHoweverOftenItComes() {
        String body = push("UND", event("PKD", null, "2026-11-24T09:00:00-08:00"), event("UND", "CNA", "2026-11-24T15:30:00-08:00"));

        Api.Response receipt = send(account, body, SECRET);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        assertThat(receipt.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(send(account, body, SECRET).status()).isEqualTo(202);

        JsonNode tracking = api.get("/v1/shipments/" + shipmentId + "/tracking", merchant.key()).json();
        assertThat(tracking.get("status").asText()).isEqualTo("FAILED_DELIVERY");
        JsonNode failed = tracking.get("events").get(tracking.get("events").size() - 1);
        assertThat(failed.get("ndr_reason").asText()).isEqualTo("CONSIGNEE_UNAVAILABLE");
        assertThat(failed.get("occurred_at").asText()).isEqualTo("2026-11-24T15:30:00-08:00");
        assertThat(tracking.get("events").findValuesAsText("carrier_code")).containsOnlyOnce("UND");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.status_changed'")
                .param(UUID.fromString(shipmentId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPushThatCannotBeAuthenticatedIsRefusedAndChangesNothing() {
        String body = push("DLV", event("DLV", null, "2026-11-24T16:00:00-08:00"));
        for (Api.Response refused : java.util.List.of(send(account, body, "another-secret"),
                api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, body),
                send(UUID.randomUUID(), body, SECRET),
                api.send("POST", "/v1/webhooks/carriers/ups/" + account, null, body, SandboxWebhookMapper.SIGNATURE_HEADER,
                        "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)))))) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/v1/shipments/" + shipmentId, merchant.key()).json().get("status").asText()).isEqualTo("MANIFESTED");
    }

    @Test
    void awbsTheAccountNeverBoughtAreAcknowledgedNotStored() {
        awb = "SBMWUGMV66K008S2F";
        Api.Response receipt = send(account, push("ITR", event("ITR", null, "2026-11-24T10:00:00-05:00")), SECRET);
        assertThat(receipt.status()).isEqualTo(202);
        assertThat(receipt.json().get("accepted").asInt()).isZero();
        assertThat(receipt.json().get("unknown_awbs").get(0).asText()).isEqualTo(awb);
    }

    @Test
    void eventsWithCodesTheAdapterDoesNotKnowAreKeptAndCounted() {
        double before = meters.counter("shipgate.tracking.unknown.status", "carrier", "sandbox", "code", "XYZ").count();
        send(account, push("ITR", event("XYZ", null, "2026-11-24T11:00:00-05:00")), SECRET);
        JsonNode tracking = api.get("/v1/shipments/" + shipmentId + "/tracking", merchant.key()).json();
        assertThat(tracking.get("events").findValuesAsText("carrier_code")).contains("XYZ");
        assertThat(tracking.get("events").findValuesAsText("status")).contains("UNKNOWN");
        assertThat(meters.counter("shipgate.tracking.unknown.status", "carrier", "sandbox", "code", "XYZ").count()).isEqualTo(before + 1);
    }
}

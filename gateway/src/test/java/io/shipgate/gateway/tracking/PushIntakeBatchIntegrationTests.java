package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.routes.tracking.PushIntakeRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The push intake's batches on PostgreSQL: the pushes one run claims are ingested in one transaction, each exactly as if
 * it were processed alone after the ones before it (the same event in two pushes stored once, each push's status change
 * with its event for merchants), and a batch that fails leaves no trace and sends its pushes one by one, so that the bad
 * one fails alone.
 */
class PushIntakeBatchIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-batch";

    UUID account;

    @BeforeEach
    void anAccountWithAWebhookSecret() {
        account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "batching",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText());
    }

    private UUID tracker(String awb) {
        Api.Response created = api.post("/v1/trackers", merchant.key(), Map.of("carrier", "sandbox", "tracking_number", awb,
                "carrier_account_id", account.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private UUID receive(String awb, String... events) {
        String body = """
                {"awb": "%s", "events": [%s]}""".formatted(awb, String.join(",", events));
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        Api.Response receipt = api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, body,
                SandboxWebhookMapper.SIGNATURE_HEADER, signature);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        return UUID.fromString(receipt.json().get("id").asText());
    }

    private static String event(String code, Instant at) {
        return """
                {"code": "%s", "description": "%s scan", "location": {"city": "Pune", "country": "IN"}, "timestamp": "%s"}"""
                .formatted(code, code, at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHoursMinutes(5, 30)));
    }

    private String state(UUID push) {
        return jdbc.sql("SELECT state FROM tracking_pushes WHERE id = ?").param(push).query(String.class).single();
    }

    private String status(UUID tracker) {
        return jdbc.sql("SELECT status FROM shipments WHERE id = ?").param(tracker).query(String.class).single();
    }

    private List<String> statusChanges(UUID tracker) {
        return jdbc.sql("SELECT payload->>'status' FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.status_changed' ORDER BY id")
                .param(tracker).query(String.class).list();
    }

    private double batches(String outcome) {
        var counter = meters.find(PushIntakeRoute.BATCHES).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theSameEventInTwoPushesOfOneBatchIsStoredOnceAndEachPushMovesTheStatusInTurn() {
        UUID tracker = tracker("BATCH-SAME-1");
        Instant pickedUp = clock.instant().minus(Duration.ofHours(5));
        UUID first = receive("BATCH-SAME-1", event("PKD", pickedUp));
        // the carrier sends the pick-up again, with the next scan
        UUID second = receive("BATCH-SAME-1", event("PKD", pickedUp), event("ITR", pickedUp.plus(Duration.ofHours(2))));
        double ingested = batches("ingested");
        double failed = batches("failed");

        processPushes();

        assertThat(batches("ingested") - ingested).as("both pushes in one batch").isEqualTo(1);
        assertThat(batches("failed")).isEqualTo(failed);
        assertThat(state(first)).isEqualTo("PROCESSED");
        assertThat(state(second)).isEqualTo("PROCESSED");
        assertThat(jdbc.sql("SELECT carrier_code || '@' || source FROM tracking_events WHERE shipment_id = ? ORDER BY occurred_at")
                .param(tracker).query(String.class).list()).as("the pick-up stored once, by the push that brought it first")
                .containsExactly("PKD@WEBHOOK", "ITR@WEBHOOK");
        assertThat(status(tracker)).isEqualTo("IN_TRANSIT");
        assertThat(statusChanges(tracker)).as("each push's move, in turn, as if processed one after the other")
                .containsExactly("PICKED_UP", "IN_TRANSIT");
        JsonNode view = api.get("/v1/shipments/" + tracker + "/tracking", merchant.key()).json();
        assertThat(view.get("events").size()).isEqualTo(2);
    }

    @Test
    void aBatchWithAPushThatFailsStillProcessesTheOthers() {
        UUID delivered = tracker("BATCH-OK-1");
        UUID bad = tracker("BATCH-BAD-1");
        UUID inTransit = tracker("BATCH-OK-2");
        Instant start = clock.instant().minus(Duration.ofDays(1));
        UUID good1 = receive("BATCH-OK-1", event("PKD", start), event("OFD", start.plusSeconds(3600)), event("DLV", start.plusSeconds(7200)));
        UUID broken = receive("BATCH-BAD-1", event("PKD", start));
        UUID good2 = receive("BATCH-OK-2", event("ITR", start));
        // the broken push's stored reading has an event without a carrier code: storing it fails inside the batch's transaction
        assertThat(jdbc.sql("UPDATE tracking_pushes SET results = jsonb_set(results, '{0,events,0,carrier_code}', 'null') WHERE id = ?")
                .param(broken).update()).isEqualTo(1);
        double failed = batches("failed");

        processPushes();

        assertThat(batches("failed") - failed).as("the batch failed as a whole").isEqualTo(1);
        assertThat(state(good1)).isEqualTo("PROCESSED");
        assertThat(state(good2)).isEqualTo("PROCESSED");
        assertThat(status(delivered)).isEqualTo("DELIVERED");
        assertThat(status(inTransit)).isEqualTo("IN_TRANSIT");
        assertThat(statusChanges(delivered)).as("nothing of the failed batch was kept: each move written once")
                .containsExactly("DELIVERED");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.delivered'").param(delivered)
                .query(Long.class).single()).isEqualTo(1);
        // the bad push failed alone: kept for a later attempt, its shipment untouched
        Map<String, Object> row = jdbc.sql("SELECT state, attempts, last_error FROM tracking_pushes WHERE id = ?").param(broken).query().singleRow();
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(status(bad)).isEqualTo("UNKNOWN");
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_events WHERE shipment_id = ?").param(bad).query(Long.class).single()).isZero();
    }
}

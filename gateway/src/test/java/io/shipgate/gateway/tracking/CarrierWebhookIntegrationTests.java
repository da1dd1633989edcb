package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import io.shipgate.routes.port.TrackingTimeline;
import io.shipgate.routes.tracking.TrackingUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking pushed by a carrier: authenticated by the account's secret, ingested like a poll,
 * de-duplicated; a terminal status is left only along the model's transitions, a future-dated scan
 * is kept without driving the status, and a push is bounded.
 */
class CarrierWebhookIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-test";

    @Autowired
    MeterRegistry meters;
    @Autowired
    Shipments shipments;
    @Autowired
    TrackingTimeline timeline;
    @Autowired
    CircuitBreakerRegistry breakers;

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

    /** An instant as the sandbox writes event times: to the second, in New York's offset. */
    private static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(-5)).toString();
    }

    private String status() {
        return api.get("/v1/shipments/" + shipmentId, merchant.key()).json().get("status").asText();
    }

    private JsonNode timeline() {
        return api.get("/v1/shipments/" + shipmentId + "/tracking", merchant.key()).json().get("events");
    }

    private JsonNode lastEvent() {
        JsonNode events = timeline();
        return events.get(events.size() - 1);
    }

    private long pushedEvents() {
        return jdbc.sql("SELECT count(*) FROM tracking_events WHERE shipment_id = ? AND source = 'WEBHOOK'")
                .param(UUID.fromString(shipmentId)).query(Long.class).single();
    }

    private long statusChanges() {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.status_changed'")
                .param(UUID.fromString(shipmentId)).query(Long.class).single();
    }

    /** Pushes, then lets the push intake process what was stored (as a node does within a second of the 202). */
    private Api.Response send(UUID accountId, String body, String secret) {
        Api.Response answer = receive(accountId, body, secret);
        processPushes();
        return answer;
    }

    /** Pushes only: the answer comes before any processing. */
    private Api.Response receive(UUID accountId, String body, String secret) {
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(secret, body.getBytes(StandardCharsets.UTF_8)));
        return api.send("POST", "/v1/webhooks/carriers/sandbox/" + accountId, null, body, SandboxWebhookMapper.SIGNATURE_HEADER, signature);
    }

    @Test
    void anAuthenticatedPushAdvancesTheShipmentOnceHoweverOftenItComes() {
        String body = push("UND", event("PKD", null, "2026-11-24T09:00:00-08:00"), event("UND", "CNA", "2026-11-24T15:30:00-08:00"));

        Api.Response receipt = send(account, body, SECRET);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        assertThat(receipt.json().get("shipments").asInt()).isEqualTo(1);
        assertThat(receipt.json().get("events").asInt()).isEqualTo(2);
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
    void aScanDatedInTheFutureIsKeptButDoesNotTakeADeliveryBack() {
        Instant now = clock.instant();
        assertThat(send(account, push("DLV", event("DLV", null, at(now.minus(Duration.ofHours(1))))), SECRET).status()).isEqualTo(202);
        assertThat(status()).isEqualTo("DELIVERED");
        double futureDated = meters.counter("shipgate.tracking.future.dated", "carrier", "sandbox").count();

        String tomorrow = at(now.plus(Duration.ofDays(1)));
        Api.Response receipt = send(account, push("OFD", event("OFD", null, tomorrow)), SECRET);

        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        assertThat(status()).isEqualTo("DELIVERED");
        assertThat(statusChanges()).as("only the delivery was announced").isEqualTo(1);
        JsonNode last = lastEvent();
        assertThat(last.get("carrier_code").asText()).isEqualTo("OFD");
        assertThat(OffsetDateTime.parse(last.get("occurred_at").asText())).as("the carrier's time, offset kept").isEqualTo(OffsetDateTime.parse(tomorrow));
        assertThat(meters.counter("shipgate.tracking.future.dated", "carrier", "sandbox").count()).isEqualTo(futureDated + 1);
    }

    @Test
    void aFutureDatedScanDoesNotDriveTheStatusOfAShipmentOnItsWayEither() {
        Instant now = clock.instant();
        send(account, push("ITR", event("ITR", null, at(now.minus(Duration.ofHours(2))))), SECRET);
        // within the tolerance (5 minutes) a carrier's clock may run ahead
        send(account, push("OFD", event("OFD", null, at(now.plus(Duration.ofMinutes(2))))), SECRET);
        assertThat(status()).isEqualTo("OUT_FOR_DELIVERY");

        send(account, push("DLV", event("DLV", null, at(now.plus(Duration.ofHours(3))))), SECRET);

        assertThat(status()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(lastEvent().get("carrier_code").asText()).isEqualTo("DLV");
    }

    @Test
    void scansBeforeOrAfterTheDeliveryDoNotMoveADeliveredShipment() {
        Instant delivered = clock.instant().minus(Duration.ofHours(2));
        send(account, push("DLV", event("DLV", null, at(delivered))), SECRET);

        assertThat(send(account, push("OFD", event("OFD", null, at(delivered.minus(Duration.ofHours(1))))), SECRET).status()).isEqualTo(202);
        assertThat(status()).as("an older scan arriving late").isEqualTo("DELIVERED");
        send(account, push("OFD", event("ITR", null, at(delivered.plus(Duration.ofMinutes(30)))),
                event("OFD", null, at(delivered.plus(Duration.ofMinutes(40))))), SECRET);
        assertThat(status()).as("forward scans dated after the delivery").isEqualTo("DELIVERED");
        send(account, push("RTT", event("RTT", null, at(delivered.plus(Duration.ofMinutes(50))))), SECRET);
        assertThat(status()).as("a return to origin without a carrier's correction").isEqualTo("DELIVERED");

        assertThat(statusChanges()).isEqualTo(1);
        assertThat(timeline().findValuesAsText("carrier_code")).containsExactly("OFD", "DLV", "ITR", "OFD", "RTT");
    }

    @Test
    void aCustomerReturnOnTheSameAwbMovesADeliveredShipmentOn() {
        Instant delivered = clock.instant().minus(Duration.ofHours(2));
        send(account, push("DLV", event("DLV", null, at(delivered))), SECRET);

        send(account, push("RRQ", event("RRQ", null, at(delivered.plus(Duration.ofHours(1))))), SECRET);

        assertThat(status()).isEqualTo("RETURN_REQUESTED");
        assertThat(statusChanges()).isEqualTo(2);
        String change = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.status_changed' "
                        + "ORDER BY id DESC LIMIT 1").param(UUID.fromString(shipmentId)).query(String.class).single();
        assertThat(change).contains("\"previous_status\": \"DELIVERED\"", "\"status\": \"RETURN_REQUESTED\"");
    }

    @Test
    void aCarriersExplicitCorrectionOfItsDeliveryScanSendsTheShipmentBackToOrigin() {
        Instant delivered = clock.instant().minus(Duration.ofHours(3));
        send(account, push("DLV", event("DLV", null, at(delivered))), SECRET);
        // no carrier Shipgate speaks has a correction code yet: what an adapter would make of one
        TrackingEvent correction = new TrackingEvent(TrackingStatus.RTO_REQUESTED, null, "DCX", "Delivery scan corrected: returning to shipper",
                null, delivered.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), true);
        ShipmentSnapshot shipment = shipments.findByAwb(merchant.tenant().id(), account, awb).orElseThrow();
        timeline.record(new TrackingUpdate(shipment, new TrackingResult(awb, TrackingStatus.RTO_REQUESTED, List.of(correction), null, "{}"),
                TrackingUpdate.Source.WEBHOOK));
        assertThat(status()).isEqualTo("RTO_REQUESTED");

        // read back from the store: the correction still explains the way out of DELIVERED
        send(account, push("RTT", event("RTT", null, at(delivered.plus(Duration.ofHours(2))))), SECRET);

        assertThat(status()).isEqualTo("RTO_IN_TRANSIT");
        assertThat(statusChanges()).isEqualTo(3);
    }

    @Test
    void aPushWithMoreEventsThanTheLimitIsRefusedAndNothingOfItIsStored() {
        Instant start = clock.instant().minus(Duration.ofDays(2));
        String[] events = IntStream.range(0, 1001).mapToObj(i -> event("ITR", null, at(start.plusSeconds(i)))).toArray(String[]::new);

        Api.Response refused = send(account, push("ITR", events), SECRET);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("https://shipgate.dev/problems/too-many-events");
        assertThat(refused.json().get("detail").asText()).contains("1001 events", "at most 1000");
        assertThat(pushedEvents()).isZero();
        assertThat(storedPushes()).as("nothing of a refused push is stored").isZero();

        long started = System.nanoTime();
        Api.Response accepted = send(account, push("ITR", Arrays.copyOf(events, 1000)), SECRET);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(pushedEvents()).isEqualTo(1000);
        LoggerFactory.getLogger(getClass()).info("a push of 1000 events took {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aSignedPushTheAdapterCannotReadIsTheSendersMistake() {
        for (String body : List.of("this is not JSON", "[1, 2]", push("DLV", "{\"code\": \"DLV\"}"),
                push("DLV", event("DLV", null, "yesterday")))) {
            Api.Response refused = send(account, body, SECRET);
            assertThat(refused.status()).as(body + " -> " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asText()).isEqualTo("https://shipgate.dev/problems/malformed-request");
        }
        Api.Response unsigned = api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, "this is not JSON");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.contentType()).startsWith("application/problem+json");
        assertThat(pushedEvents()).isZero();
        assertThat(storedPushes()).as("nothing of a refused push is stored").isZero();
        assertThat(status()).isEqualTo("MANIFESTED");
    }

    @Test
    void aPushThatCannotBeAuthenticatedIsRefusedAndChangesNothing() {
        String body = push("DLV", event("DLV", null, "2026-11-24T16:00:00-08:00"));
        for (Api.Response refused : List.of(send(account, body, "another-secret"),
                api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, body),
                send(UUID.randomUUID(), body, SECRET),
                api.send("POST", "/v1/webhooks/carriers/ups/" + account, null, body, SandboxWebhookMapper.SIGNATURE_HEADER,
                        "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)))))) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(storedPushes()).as("nothing of a forged push is stored").isZero();
        assertThat(api.get("/v1/shipments/" + shipmentId, merchant.key()).json().get("status").asText()).isEqualTo("MANIFESTED");
    }

    @Test
    void aPushIsReadWhileTheAccountsCircuitIsOpen() {
        CircuitBreaker breaker = breakers.circuitBreaker("sandbox:" + account);
        breaker.transitionToForcedOpenState();
        try {
            Api.Response receipt = send(account, push("PKD", event("PKD", null, "2026-11-24T09:00:00-08:00")), SECRET);
            assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
            assertThat(status()).isEqualTo("PICKED_UP");
        } finally {
            breaker.transitionToClosedState();
        }
    }

    @Test
    void aPushToAnAccountWhoseCarrierPushesNothingIsRefusedLikeAnUnknownAccount() {
        String dhl = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "dhl-express", "name", "DHL Express",
                "settings", Map.of("account_number", "123456789"), "credentials", Map.of("api_key", "k", "api_secret", "s")))
                .json().get("id").asText();
        String body = push("DLV", event("DLV", null, "2026-11-24T16:00:00-08:00"));
        Api.Response toDhl = api.send("POST", "/v1/webhooks/carriers/dhl-express/" + dhl, null, body);
        Api.Response toNobody = api.send("POST", "/v1/webhooks/carriers/dhl-express/" + UUID.randomUUID(), null, body);

        assertThat(toDhl.status()).as(toDhl.toString()).isEqualTo(401);
        assertThat(toDhl.json().get("detail").asText()).isEqualTo(toNobody.json().get("detail").asText());
    }

    private long storedPushes() {
        return jdbc.sql("SELECT count(*) FROM tracking_pushes WHERE carrier_account_id = ?").param(account).query(Long.class).single();
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

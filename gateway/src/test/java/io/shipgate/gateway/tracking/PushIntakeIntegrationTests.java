package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carrier pushes through the REST API on PostgreSQL: answered 202 once stored and processed after, by the
 * push intake, through the ingestion polls use: an event pushed twice and polled once is stored once; each
 * status a shipment reaches writes its typed event to the outbox; first-attempt and delivery times are kept.
 * (A push for an AWB no shipment has yet: {@code UnmatchedPushIntegrationTests}.)
 */
class PushIntakeIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-intake";

    @Autowired
    Shipments shipments;
    @Autowired
    TrackingTimeline timeline;

    UUID account;
    UUID shipmentId;
    String awb;

    @BeforeEach
    void aShipmentOnAnAccountWithAWebhookSecret() {
        account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "pushing",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText());
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json();
        shipmentId = UUID.fromString(shipment.get("id").asText());
        awb = shipment.get("awb").asText();
    }

    private String push(String status, String... events) {
        return """
                {"awb": "%s", "status": "%s", "events": [%s]}""".formatted(awb, status, String.join(",", events));
    }

    private static String event(String code, String reason, String time) {
        return """
                {"code": "%s", "reason_code": %s, "description": "%s scan", "location": {"city": "Oakland", "state": "CA", "country": "US"},
                 "timestamp": "%s"}""".formatted(code, reason == null ? "null" : "\"" + reason + "\"", code, time);
    }

    private static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(-8)).toString();
    }

    private Api.Response receive(String body) {
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        return api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, body, SandboxWebhookMapper.SIGNATURE_HEADER, signature);
    }

    private String status() {
        return api.get("/v1/shipments/" + shipmentId, merchant.key()).json().get("status").asText();
    }

    private JsonNode events() {
        return api.get("/v1/shipments/" + shipmentId + "/tracking", merchant.key()).json().get("events");
    }

    private List<JsonNode> outbox(String type) {
        return jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = ? AND event_type = ? ORDER BY id")
                .params(shipmentId, type).query(String.class).list().stream().map(PushIntakeIntegrationTests::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return Api.json().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPushIsAnswered202OnceStoredAndProcessedAfter() {
        String body = push("PKD", event("PKD", null, at(clock.instant().minus(Duration.ofHours(1)))));

        Api.Response receipt = receive(body);

        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        UUID pushId = UUID.fromString(receipt.json().get("id").asText());
        assertThat(receipt.json().get("status").asText()).isEqualTo("received");
        assertThat(receipt.json().get("shipments").asInt()).isEqualTo(1);
        assertThat(receipt.json().get("events").asInt()).isEqualTo(1);
        assertThat(status()).as("nothing is processed before the answer").isEqualTo("MANIFESTED");
        Map<String, Object> stored = jdbc.sql("SELECT state, convert_from(body, 'UTF8') AS body, headers::text AS headers FROM tracking_pushes WHERE id = ?")
                .param(pushId).query().singleRow();
        assertThat(stored.get("state")).isEqualTo("PENDING");
        assertThat(stored.get("body")).as("the raw payload").isEqualTo(body);
        assertThat((String) stored.get("headers")).as("no signature is stored").contains("content-type")
                .doesNotContainIgnoringCase(SandboxWebhookMapper.SIGNATURE_HEADER);

        processPushes();

        assertThat(status()).isEqualTo("PICKED_UP");
        assertThat(jdbc.sql("SELECT state FROM tracking_pushes WHERE id = ?").param(pushId).query(String.class).single()).isEqualTo("PROCESSED");
        assertThat(outbox("shipment.status_changed")).hasSize(1);
    }

    @Test
    void theSameEventPushedTwiceAndPolledOnceIsStoredOnce() {
        // a poll first: the sandbox's own timeline of the parcel
        JsonNode polled = api.get("/v1/shipments/" + shipmentId + "/tracking?refresh=true", merchant.key()).json().get("events");
        assertThat(polled.size()).as("the carrier's timeline").isPositive();
        // then the carrier pushes the same scans (its own codes and times), twice
        List<String> same = new ArrayList<>();
        polled.forEach(e -> same.add(event(e.get("carrier_code").asText(), null, e.get("occurred_at").asText())));
        String body = push(polled.get(polled.size() - 1).get("carrier_code").asText(), same.toArray(String[]::new));
        assertThat(receive(body).status()).isEqualTo(202);
        assertThat(receive(body).status()).isEqualTo(202);
        processPushes();
        // and it is polled again
        clock.advance(Duration.ofMinutes(5));
        api.get("/v1/shipments/" + shipmentId + "/tracking?refresh=true", merchant.key());

        List<String> stored = new ArrayList<>();
        events().forEach(e -> stored.add(e.get("carrier_code").asText() + "@" + e.get("occurred_at").asText()));
        polled.forEach(e -> assertThat(stored).as("pushed twice, polled twice: stored once")
                .containsOnlyOnce(e.get("carrier_code").asText() + "@" + e.get("occurred_at").asText()));
        assertThat(stored).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_events WHERE shipment_id = ? AND source = 'WEBHOOK'").param(shipmentId)
                .query(Long.class).single()).as("each scan stays as the poll stored it first").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_pushes WHERE carrier_account_id = ? AND state = 'PROCESSED'").param(account)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFailedAttemptThenADeliveryWriteTheirEventsAndTimes() {
        Instant attempted = clock.instant().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
        Instant delivered = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        receive(push("UND", event("OFD", null, at(attempted.minus(Duration.ofHours(3)))), event("UND", "CNA", at(attempted))));
        processPushes();

        JsonNode failed = outbox("shipment.failed_attempt").getFirst();
        assertThat(failed.get("status").asText()).isEqualTo("FAILED_DELIVERY");
        assertThat(failed.get("status_code").asInt()).isEqualTo(8);
        assertThat(failed.get("ndr_reason").asText()).isEqualTo("CONSIGNEE_UNAVAILABLE");
        assertThat(failed.get("previous_status").asText()).isEqualTo("MANIFESTED");
        assertThat(failed.get("carrier_code").asText()).isEqualTo("UND");
        assertThat(Instant.parse(failed.get("attempted_at").asText())).isEqualTo(attempted);
        assertThat(failed.get("awb").asText()).isEqualTo(awb);
        assertThat(failed.get("shipment_id").asText()).isEqualTo(shipmentId.toString());

        receive(push("DLV", event("OFD", null, at(delivered.minus(Duration.ofHours(2)))), event("DLV", null, at(delivered))));
        processPushes();

        JsonNode delivery = outbox("shipment.delivered").getFirst();
        assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.get("previous_status").asText()).as("one push: the delivery is where its scans lead").isEqualTo("FAILED_DELIVERY");
        assertThat(Instant.parse(delivery.get("delivered_at").asText())).isEqualTo(delivered);
        assertThat(Instant.parse(delivery.get("first_attempt_at").asText())).as("the failed attempt came first").isEqualTo(attempted);
        assertThat(outbox("shipment.status_changed")).extracting(e -> e.get("status").asText())
                .containsExactly("FAILED_DELIVERY", "DELIVERED");
        assertThat(jdbc.sql("SELECT event_version FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.delivered'").param(shipmentId)
                .query(Integer.class).single()).isEqualTo(1);
        Map<String, Object> times = jdbc.sql("SELECT first_attempt_at, delivered_at FROM shipments WHERE id = ?").param(shipmentId).query().singleRow();
        assertThat(((Timestamp) times.get("first_attempt_at")).toInstant()).isEqualTo(attempted);
        assertThat(((Timestamp) times.get("delivered_at")).toInstant()).isEqualTo(delivered);
        JsonNode shown = api.get("/v1/shipments/" + shipmentId, merchant.key()).json();
        assertThat(Instant.parse(shown.get("first_attempt_at").asText())).as("the API shows both times").isEqualTo(attempted);
        assertThat(Instant.parse(shown.get("delivered_at").asText())).isEqualTo(delivered);
        assertThat(outbox("shipment.returned_to_origin")).isEmpty();
        assertThat(outbox("shipment.exception")).isEmpty();
    }

    @Test
    void everyNewFailedAttemptIsAnEventAlsoOneTheStatusPassedOverOrStaysIn() {
        Instant first = clock.instant().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        // one push brings a failed attempt and the next day's out-for-delivery scan: the status passes the attempt over
        receive(push("OFD", event("OFD", null, at(first.minus(Duration.ofHours(3)))), event("UND", "CNA", at(first)),
                event("OFD", null, at(first.plus(Duration.ofDays(1))))));
        processPushes();
        assertThat(status()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(outbox("shipment.failed_attempt")).singleElement().satisfies(e -> {
            assertThat(e.get("ndr_reason").asText()).isEqualTo("CONSIGNEE_UNAVAILABLE");
            assertThat(Instant.parse(e.get("attempted_at").asText())).isEqualTo(first);
            assertThat(e.get("previous_status").asText()).isEqualTo("MANIFESTED");
        });

        // the second attempt fails too, pushed with its out-for-delivery scan: the status moves to FAILED_DELIVERY once
        Instant second = first.plus(Duration.ofDays(1)).plus(Duration.ofHours(4));
        receive(push("UND", event("UND", "CNA", at(second))));
        processPushes();
        // and a third, while the status stays FAILED_DELIVERY
        Instant third = second.plus(Duration.ofHours(20));
        receive(push("UND", event("OFD", null, at(third.minus(Duration.ofHours(3)))), event("UND", "CNA", at(third))));
        processPushes();

        assertThat(status()).isEqualTo("FAILED_DELIVERY");
        assertThat(outbox("shipment.failed_attempt")).extracting(e -> Instant.parse(e.get("attempted_at").asText()))
                .as("one event per failed attempt, in order").containsExactly(first, second, third);
        assertThat(outbox("shipment.status_changed")).extracting(e -> e.get("status").asText())
                .containsExactly("OUT_FOR_DELIVERY", "FAILED_DELIVERY");
    }

    @Test
    void aFirstAttemptThatDeliversIsBothTimes() {
        Instant delivered = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        receive(push("DLV", event("DLV", null, at(delivered))));
        processPushes();

        JsonNode delivery = outbox("shipment.delivered").getFirst();
        assertThat(Instant.parse(delivery.get("first_attempt_at").asText())).isEqualTo(delivered);
        assertThat(outbox("shipment.failed_attempt")).isEmpty();
    }

    @Test
    void aParcelBackAtTheShipperIsReturnedToOrigin() {
        Instant start = clock.instant().minus(Duration.ofDays(3));
        receive(push("RTD", event("RTI", null, at(start)), event("RTT", null, at(start.plus(Duration.ofHours(5)))),
                event("RTD", null, at(start.plus(Duration.ofDays(2))))));
        processPushes();

        assertThat(status()).isEqualTo("RTO_DELIVERED");
        JsonNode returned = outbox("shipment.returned_to_origin").getFirst();
        assertThat(returned.get("status").asText()).isEqualTo("RTO_DELIVERED");
        assertThat(returned.get("previous_status").asText()).isEqualTo("MANIFESTED");
        assertThat(Instant.parse(returned.get("returned_at").asText())).isEqualTo(start.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS));
        assertThat(outbox("shipment.delivered")).isEmpty();
    }

    @Test
    void aLostParcelIsAnException() {
        // the sandbox has no code for a lost parcel: what an adapter would make of one, through the same ingestion
        Instant lostAt = clock.instant().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
        TrackingEvent lost = new TrackingEvent(TrackingStatus.LOST, null, "LST", "Shipment lost in the network", null, lostAt.atOffset(ZoneOffset.UTC));
        ShipmentSnapshot shipment = shipments.findByAwb(merchant.tenant().id(), account, awb).orElseThrow();
        timeline.record(new TrackingUpdate(shipment, new TrackingResult(awb, TrackingStatus.LOST, List.of(lost), null, "{}"),
                TrackingUpdate.Source.POLL));

        JsonNode exception = outbox("shipment.exception").getFirst();
        assertThat(exception.get("status").asText()).isEqualTo("LOST");
        assertThat(exception.get("status_code").asInt()).isEqualTo(19);
        assertThat(exception.get("carrier_code").asText()).isEqualTo("LST");
        assertThat(exception.get("carrier_text").asText()).isEqualTo("Shipment lost in the network");
        assertThat(Instant.parse(exception.get("reported_at").asText())).isEqualTo(lostAt);
    }

    @Test
    void aPushThatCannotBeProcessedIsRetriedThenSetAside() {
        Api.Response receipt = receive(push("PKD", event("PKD", null, at(clock.instant().minus(Duration.ofHours(1))))));
        UUID pushId = UUID.fromString(receipt.json().get("id").asText());
        // its stored reading is damaged: every attempt fails
        jdbc.sql("UPDATE tracking_pushes SET results = '[{\"awb\": 1, \"no_such_field\": true}]' WHERE id = ?").param(pushId).update();

        for (int attempt = 1; attempt <= 8; attempt++) {
            processPushes();
            clock.advance(Duration.ofMinutes(13));
        }

        Map<String, Object> row = jdbc.sql("SELECT state, attempts, last_error FROM tracking_pushes WHERE id = ?").param(pushId).query().singleRow();
        assertThat(row.get("state")).isEqualTo("DEAD");
        assertThat(row.get("attempts")).isEqualTo(8);
        assertThat((String) row.get("last_error")).startsWith("gave up after 8 attempts");
        assertThat(status()).isEqualTo("MANIFESTED");
    }
}

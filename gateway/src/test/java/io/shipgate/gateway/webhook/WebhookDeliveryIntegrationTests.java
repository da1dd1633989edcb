package io.shipgate.gateway.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
import io.shipgate.routes.Endpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Merchant webhooks end to end: events of real shipments, delivered by the dispatcher over real HTTP
 * to a receiver in the test, each delivery verified with the Standard Webhooks reference library as a
 * merchant's receiver would. The dispatcher runs when a test says so (direct:dispatchWebhooks) on a
 * short retry schedule (GatewayIntegrationTest: 300 ms, three retries).
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookDeliveryIntegrationTests extends ApiIntegrationTest {

    @Autowired
    RouteClient routes;
    @Autowired
    WebhookDeliveries deliveries;

    Receiver receiver;

    @BeforeEach
    void startReceiverOnRealTime() {
        receiver = new Receiver();
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        // signatures carry the gateway clock's time and the library checks it against the real one
        clock.advance(Duration.between(clock.instant(), Instant.now()));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void endpointsAreCreatedListedChangedAndDeletedAndTheSecretIsShownOnce() {
        Api.Response created = createEndpoint(Map.of("url", receiver.url(), "description", "orders", "event_types", List.of("shipment.created")));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("secret").asText()).startsWith("whsec_");
        assertThat(created.json().get("status").asText()).isEqualTo("enabled");

        Api.Response got = api.get("/v1/webhook-endpoints/" + id, merchant.key());
        assertThat(got.json().has("secret")).isFalse();
        assertThat(got.json().get("event_types").get(0).asText()).isEqualTo("shipment.created");
        assertThat(api.get("/v1/webhook-endpoints", merchant.key()).json().get("data")).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_endpoints WHERE secret::text LIKE '%whsec%'").query(Long.class).single())
                .as("sealed at rest").isZero();

        Api.Response changed = api.patch("/v1/webhook-endpoints/" + id, merchant.key(), Map.of("enabled", false, "event_types", List.of("*")));
        assertThat(changed.json().get("status").asText()).isEqualTo("paused");
        assertThat(changed.json().get("event_types").get(0).asText()).isEqualTo("*");

        assertThat(api.delete("/v1/webhook-endpoints/" + id, merchant.key()).status()).isEqualTo(200);
        assertThat(api.get("/v1/webhook-endpoints/" + id, merchant.key()).status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsEndpointsAndEventsAreNotFound() {
        String id = createEndpoint(Map.of("url", receiver.url())).json().get("id").asText();
        String event = eventsOf(createShipment()).getFirst().get("id").asText();
        TestTenants.TestTenant other = tenants.create();
        assertThat(api.get("/v1/webhook-endpoints/" + id, other.key()).status()).isEqualTo(404);
        assertThat(api.patch("/v1/webhook-endpoints/" + id, other.key(), Map.of("enabled", false)).status()).isEqualTo(404);
        assertThat(api.post("/v1/webhook-endpoints/" + id + "/rotate-secret", other.key(), null).status()).isEqualTo(404);
        assertThat(api.get("/v1/webhook-endpoints/" + id + "/deliveries", other.key()).status()).isEqualTo(404);
        assertThat(api.delete("/v1/webhook-endpoints/" + id, other.key()).status()).isEqualTo(404);
        assertThat(api.get("/v1/events/" + event, other.key()).status()).isEqualTo(404);
        assertThat(api.post("/v1/events/" + event + "/redeliver", other.key(), null).status()).isEqualTo(404);
        assertThat(api.post("/v1/events/" + event + "/redeliver", merchant.key(), Map.of("endpoint_id", UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(api.get("/v1/events", other.key()).json().get("data")).isEmpty();
    }

    @Test
    void urlsThatBreakTheSsrfRuleAreRefusedNamingTheUrl() {
        for (String url : List.of("ftp://127.0.0.1/x", "http://169.254.169.254/latest/meta-data", "https://user:pw@127.0.0.1/x", "not a url")) {
            Api.Response refused = createEndpoint(Map.of("url", url));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(fields(refused)).as(url).containsExactly("url");
        }
        assertThat(fields(createEndpoint(Map.of("url", receiver.url(), "event_types", List.of("Shipment Created"))))).containsExactly("event_types[0]");
    }

    @Test
    void eventsAreDeliveredSignedAndTheReferenceLibraryVerifiesThem() throws Exception {
        String secret = createEndpoint(Map.of("url", receiver.url())).json().get("secret").asText();
        String shipment = createShipment();

        dispatch();

        assertThat(receiver.received()).hasSize(1);
        Receiver.Received got = receiver.received().getFirst();
        new Webhook(secret).verify(got.body(), got.headers());
        JsonNode body = Api.json().readTree(got.body());
        assertThat(body.get("type").asText()).isEqualTo("shipment.created");
        assertThat(body.get("data").get("shipment_id").asText()).isEqualTo(shipment);
        assertThat(body.get("timestamp").asText()).isNotBlank();
        JsonNode event = eventsOf(shipment).getFirst();
        assertThat(got.header("webhook-id")).isEqualTo(event.get("id").asText());
        assertThat(Long.parseLong(got.header("webhook-timestamp"))).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));

        String endpoint = api.get("/v1/webhook-endpoints", merchant.key()).json().get("data").get(0).get("id").asText();
        JsonNode attempt = api.get("/v1/webhook-endpoints/" + endpoint + "/deliveries", merchant.key()).json().get("data").get(0);
        assertThat(attempt.get("status_code").asInt()).isEqualTo(200);
        assertThat(attempt.get("delivery_state").asText()).isEqualTo("delivered");
        assertThat(attempt.get("event_id").asText()).isEqualTo(event.get("id").asText());
        assertThat(attempt.has("latency_ms")).isTrue();

        dispatch();
        assertThat(receiver.received()).as("delivered once").hasSize(1);
    }

    @Test
    void aDeliveryReplayedAfterTheToleranceWindowIsRejectedByTheLibrary() {
        String secret = createEndpoint(Map.of("url", receiver.url())).json().get("secret").asText();
        createShipment();
        // the same bytes, received ten minutes after they were signed: what a replay looks like
        clock.advance(Duration.ofMinutes(-10));
        try {
            dispatch();
        } finally {
            clock.advance(Duration.ofMinutes(10));
        }
        Receiver.Received old = receiver.received().getFirst();
        assertThatThrownBy(() -> new Webhook(secret).verify(old.body(), old.headers())).isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringASecretRotationBothSecretsVerify() throws Exception {
        JsonNode endpoint = createEndpoint(Map.of("url", receiver.url())).json();
        String oldSecret = endpoint.get("secret").asText();
        JsonNode rotated = api.post("/v1/webhook-endpoints/" + endpoint.get("id").asText() + "/rotate-secret", merchant.key(), null).json();
        String newSecret = rotated.get("secret").asText();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(rotated.get("previous_secret_expires_at").asText()).isNotBlank();

        createShipment();
        dispatch();

        Receiver.Received got = receiver.received().getFirst();
        assertThat(got.header("webhook-signature").split(" ")).hasSize(2);
        new Webhook(newSecret).verify(got.body(), got.headers());
        new Webhook(oldSecret).verify(got.body(), got.headers());

        // once the overlap (24 h) is over, the new secret signs alone
        Duration afterOverlap = Duration.ofHours(25);
        clock.advance(afterOverlap);
        try {
            assertThat(api.post("/v1/events/" + got.header("webhook-id") + "/redeliver", merchant.key(), null).status()).isEqualTo(202);
            dispatch();
        } finally {
            clock.advance(afterOverlap.negated());
        }
        assertThat(receiver.received()).hasSize(2);
        Receiver.Received later = receiver.received().get(1);
        assertThat(later.header("webhook-signature")).isEqualTo(WebhookSignature.sign(newSecret, later.header("webhook-id"),
                Long.parseLong(later.header("webhook-timestamp")), later.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aFailingEndpointIsRetriedThenDeadLetteredAndItsDeadLettersReplay() throws Exception {
        String secret = createEndpoint(Map.of("url", receiver.url())).json().get("secret").asText();
        String endpoint = api.get("/v1/webhook-endpoints", merchant.key()).json().get("data").get(0).get("id").asText();
        receiver.otherwise(500);
        createShipment();

        dispatchUntil(() -> "dead".equals(deliveryState(endpoint)));

        assertThat(receiver.received()).hasSize(4); // the first attempt and three retries
        assertThat(receiver.received().stream().map(r -> r.header("webhook-id")).distinct()).hasSize(1);
        JsonNode attempts = api.get("/v1/webhook-endpoints/" + endpoint + "/deliveries?limit=3", merchant.key()).json();
        assertThat(attempts.get("data")).hasSize(3).allSatisfy(a -> {
            assertThat(a.get("status_code").asInt()).isEqualTo(500);
            assertThat(a.get("error").asText()).contains("500");
            assertThat(a.get("delivery_state").asText()).isEqualTo("dead");
        });
        JsonNode rest = api.get("/v1/webhook-endpoints/" + endpoint + "/deliveries?limit=3&cursor=" + attempts.get("next_cursor").asText(),
                merchant.key()).json();
        assertThat(rest.get("data")).hasSize(1);
        assertThat(rest.has("next_cursor")).isFalse();

        receiver.otherwise(200);
        JsonNode replay = api.post("/v1/webhook-endpoints/" + endpoint + "/replay-dead-letters", merchant.key(), null).json();
        assertThat(replay.get("deliveries").asInt()).isEqualTo(1);
        dispatch();
        assertThat(deliveryState(endpoint)).isEqualTo("delivered");
        Receiver.Received last = receiver.received().getLast();
        new Webhook(secret).verify(last.body(), last.headers());
    }

    @Test
    void anEndpointAnswering410IsDisabled() {
        String endpoint = createEndpoint(Map.of("url", receiver.url())).json().get("id").asText();
        receiver.answer(410);
        createShipment();
        dispatch();

        JsonNode disabled = api.get("/v1/webhook-endpoints/" + endpoint, merchant.key()).json();
        assertThat(disabled.get("status").asText()).isEqualTo("disabled");
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("disabled_reason").asText()).contains("410");

        createShipment();
        dispatch();
        assertThat(receiver.received()).as("nothing more for a disabled endpoint").hasSize(1);
    }

    @Test
    void aShipmentsLaterEventWaitsWhileAnEarlierOneIsRetried() throws Exception {
        createEndpoint(Map.of("url", receiver.url()));
        String shipment = createShipment();
        receiver.failOnce(shipment);
        assertThat(api.post("/v1/shipments/" + shipment + "/cancel", merchant.key(), null).status()).isEqualTo(200);
        String other = createShipment();

        dispatch();
        // the first shipment's created failed, its cancelled waits; the other shipment goes on
        assertThat(types(shipment)).containsExactly("shipment.created");
        assertThat(types(other)).containsExactly("shipment.created");

        dispatchUntil(() -> types(shipment).size() == 3);
        assertThat(types(shipment)).containsExactly("shipment.created", "shipment.created", "shipment.cancelled");
    }

    @Test
    void aBacklogIsDeliveredBatchAfterBatchWithinARunInOrderPerShipmentEachAttemptRecorded() throws Exception {
        String secret = createEndpoint(Map.of("url", receiver.url())).json().get("secret").asText();
        String endpoint = api.get("/v1/webhook-endpoints", merchant.key()).json().get("data").get(0).get("id").asText();
        int shipments = 250;
        int perShipment = 2; // 500 events, batches of 200: while 200 shipments have events left, a claim comes back full
        for (int seq = 0; seq < perShipment; seq++) {
            for (int s = 0; s < shipments; s++) {
                jdbc.sql("""
                                INSERT INTO outbox (tenant_id, aggregate_type, aggregate_id, event_type, payload)
                                VALUES (?, 'shipment', ?, 'shipment.status_changed', ?::jsonb)""")
                        .params(merchant.tenant().id(), new UUID(7, s), "{\"shipment_id\":\"" + new UUID(7, s) + "\",\"seq\":" + seq + "}")
                        .update();
            }
        }

        dispatch();
        assertThat(receiver.received()).as("several batches in one run").hasSizeGreaterThanOrEqualTo(400);
        dispatchUntil(() -> receiver.received().size() == shipments * perShipment);

        Map<String, List<Integer>> seqs = new java.util.HashMap<>();
        for (Receiver.Received r : receiver.received()) {
            new Webhook(secret).verify(r.body(), r.headers());
            JsonNode data = Api.json().readTree(r.body()).get("data");
            seqs.computeIfAbsent(data.get("shipment_id").asText(), k -> new java.util.ArrayList<>()).add(data.get("seq").asInt());
        }
        assertThat(seqs).hasSize(shipments).allSatisfy((shipment, got) -> assertThat(got).containsExactly(0, 1));
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?::uuid AND state = 'delivered' AND delivered_at IS NOT NULL")
                .param(endpoint).query(Long.class).single()).isEqualTo(shipments * perShipment);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_delivery_attempts WHERE endpoint_id = ?::uuid AND status_code = 200")
                .param(endpoint).query(Long.class).single()).isEqualTo(shipments * perShipment);
    }

    @Test
    void aPausedEndpointsEventsAreKeptAndDeliveredOnResume() {
        String endpoint = createEndpoint(Map.of("url", receiver.url())).json().get("id").asText();
        assertThat(api.post("/v1/webhook-endpoints/" + endpoint + "/pause", merchant.key(), null).json().get("status").asText()).isEqualTo("paused");
        String shipment = createShipment();
        dispatch();
        assertThat(receiver.received()).isEmpty();

        assertThat(api.post("/v1/webhook-endpoints/" + endpoint + "/resume", merchant.key(), null).json().get("enabled").asBoolean()).isTrue();
        dispatch();
        assertThat(types(shipment)).containsExactly("shipment.created");
    }

    @Test
    void aDeliveryWhoseNodeDiedIsDeliveredByAnotherOnceTheClaimExpires() throws Exception {
        String secret = createEndpoint(Map.of("url", receiver.url())).json().get("secret").asText();
        createShipment();
        deliveries.fanOut(WebhookDeliveries.FAN_OUT_BATCH);
        // a node claims the delivery and dies before its attempt: its claim holds the delivery for a second
        assertThat(deliveries.claimDue(1000, clock.instant().plusSeconds(1))).isNotEmpty();
        dispatch();
        assertThat(receiver.received()).as("held by the dead node's claim").isEmpty();

        dispatchUntil(() -> !receiver.received().isEmpty());
        Receiver.Received got = receiver.received().getFirst();
        new Webhook(secret).verify(got.body(), got.headers());
    }

    @Test
    void theEventLogFiltersAndPagesAndAnEventCanBeRedelivered() throws Exception {
        String secret = createEndpoint(Map.of("url", receiver.url())).json().get("secret").asText();
        String first = createShipment();
        api.post("/v1/shipments/" + first + "/cancel", merchant.key(), null);
        String second = createShipment();

        JsonNode all = api.get("/v1/events?limit=2", merchant.key()).json();
        assertThat(all.get("data")).hasSize(2);
        assertThat(all.get("data").get(0).get("shipment_id").asText()).isEqualTo(second);
        JsonNode next = api.get("/v1/events?limit=2&cursor=" + all.get("next_cursor").asText(), merchant.key()).json();
        assertThat(next.get("data")).hasSize(1);
        assertThat(next.has("next_cursor")).isFalse();
        assertThat(api.get("/v1/events?type=shipment.cancelled", merchant.key()).json().get("data")).hasSize(1);
        assertThat(eventsOf(first)).hasSize(2);
        assertThat(api.get("/v1/events?cursor=nonsense", merchant.key()).status()).isEqualTo(400);

        dispatch();
        JsonNode cancelled = api.get("/v1/events?type=shipment.cancelled", merchant.key()).json().get("data").get(0);
        Api.Response redelivered = api.post("/v1/events/" + cancelled.get("id").asText() + "/redeliver", merchant.key(), null);
        assertThat(redelivered.status()).isEqualTo(202);
        assertThat(redelivered.json().get("deliveries").asInt()).isEqualTo(1);
        dispatch();

        List<Receiver.Received> same = receiver.received().stream()
                .filter(r -> r.header("webhook-id").equals(cancelled.get("id").asText())).toList();
        assertThat(same).hasSize(2);
        for (Receiver.Received r : same) {
            new Webhook(secret).verify(r.body(), r.headers());
        }
    }

    @Test
    void anEventRedeliveredToOneEndpointReachesThatEndpointAlone() throws Exception {
        try (Receiver other = new Receiver()) {
            createEndpoint(Map.of("url", receiver.url()));
            JsonNode second = createEndpoint(Map.of("url", other.url())).json();
            String shipment = createShipment();
            dispatch();
            assertThat(receiver.received()).hasSize(1);
            assertThat(other.received()).hasSize(1);

            String event = eventsOf(shipment).getFirst().get("id").asText();
            Api.Response redelivered = api.post("/v1/events/" + event + "/redeliver", merchant.key(),
                    Map.of("endpoint_id", second.get("id").asText()));
            assertThat(redelivered.status()).isEqualTo(202);
            assertThat(redelivered.json().get("deliveries").asInt()).isEqualTo(1);
            dispatchUntil(() -> other.received().size() == 2);

            assertThat(receiver.received()).hasSize(1);
            assertThat(other.received()).extracting(r -> r.header("webhook-id")).containsExactly(event, event);
            new Webhook(second.get("secret").asText()).verify(other.received().get(1).body(), other.received().get(1).headers());
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerInTimeIsCutOffAndRetried() {
        String endpoint = createEndpoint(Map.of("url", receiver.url())).json().get("id").asText();
        receiver.delay(Duration.ofSeconds(5)); // GatewayIntegrationTest: shipgate.webhooks.timeout=3s
        createShipment();
        dispatch();

        JsonNode attempt = api.get("/v1/webhook-endpoints/" + endpoint + "/deliveries", merchant.key()).json().get("data").get(0);
        assertThat(attempt.has("status_code")).isFalse();
        assertThat(attempt.get("error").asText()).isEqualTo("no answer within 3000 ms");
        assertThat(attempt.get("latency_ms").asLong()).isBetween(2900L, 4900L);
        assertThat(attempt.get("delivery_state").asText()).isEqualTo("pending");
    }

    @Test
    void signingSecretsNeverReachTheLog(CapturedOutput output) {
        JsonNode endpoint = createEndpoint(Map.of("url", receiver.url())).json();
        String first = endpoint.get("secret").asText();
        String second = api.post("/v1/webhook-endpoints/" + endpoint.get("id").asText() + "/rotate-secret", merchant.key(), null)
                .json().get("secret").asText();
        receiver.answer(500);
        createShipment();
        dispatch();
        assertThat(output.getAll()).doesNotContain(first.substring(6)).doesNotContain(second.substring(6));
    }

    @Test
    void anEventWaitingForAPausedEndpointOutlivesTheRetentionAndDeadLettersDoNot() {
        String endpoint = createEndpoint(Map.of("url", receiver.url())).json().get("id").asText();
        receiver.answer(410);
        String gone = createShipment();
        dispatch();
        assertThat(deliveryState(endpoint)).isEqualTo("dead");
        String paused = createEndpoint(Map.of("url", receiver.url(), "enabled", false)).json().get("id").asText();
        String waiting = createShipment();
        dispatch();

        clock.advance(Duration.ofDays(8));
        routes.send(Endpoints.PURGE_OUTBOX, null);

        assertThat(eventsOf(waiting)).hasSize(1);
        assertThat(eventsOf(gone)).isEmpty();
        assertThat(deliveryState(paused)).isEqualTo("pending");
    }

    private Api.Response createEndpoint(Map<String, Object> body) {
        return api.post("/v1/webhook-endpoints", merchant.key(), body);
    }

    private String createShipment() {
        ObjectNode body = example("shipment-request.json");
        body.put("reference", "WEBHOOK-" + UUID.randomUUID());
        Api.Response created = api.post("/v1/shipments", merchant.key(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private List<JsonNode> eventsOf(String shipment) {
        List<JsonNode> events = new java.util.ArrayList<>();
        api.get("/v1/events?shipment_id=" + shipment, merchant.key()).json().get("data").forEach(events::add);
        return events;
    }

    /** The types of the shipment's webhooks the receiver got, in the order it got them. */
    private List<String> types(String shipment) {
        return receiver.received().stream().map(r -> new Api.Response(200, null, r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).json())
                .filter(b -> b.get("data").get("shipment_id").asText().equals(shipment))
                .map(b -> b.get("type").asText()).toList();
    }

    private String deliveryState(String endpoint) {
        return jdbc.sql("SELECT state FROM webhook_deliveries WHERE endpoint_id = ?::uuid ORDER BY id DESC LIMIT 1").param(endpoint)
                .query(String.class).optional().orElse(null);
    }

    private void dispatch() {
        routes.send(Endpoints.DISPATCH_WEBHOOKS, null);
    }

    /** Runs the dispatcher until the condition holds (the retry schedule is 300 ms), for at most 15 s. */
    private void dispatchUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 15 s").isLessThan(deadline);
            Thread.sleep(200);
            dispatch();
        }
    }
}

package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.routes.Endpoints;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The push hand-off through a real RabbitMQ ({@code shipgate.tracking.intake.transport=rabbitmq}) at
 * 127.0.0.1:5672, guest/guest: a push is stored, answered 202, its id published (confirmed) to a durable
 * queue, and a consumer processes it through the same ingestion; a message delivered again changes
 * nothing; a push whose message the broker lost is processed by the intake job after the hand-off grace.
 *
 * <p>Without a broker there the test is skipped and says so, unless {@code SHIPGATE_REQUIRE_RABBITMQ=true}
 * (as {@code .ci/run} sets it, after starting the broker): then a missing broker fails it.
 */
@TestPropertySource(properties = {
        "shipgate.tracking.intake.transport=rabbitmq",
        "spring.rabbitmq.host=127.0.0.1",
        "spring.rabbitmq.port=5672",
        "spring.rabbitmq.username=guest",
        "spring.rabbitmq.password=guest",
        "shipgate.tracking.intake.rabbitmq.exchange=shipgate.tracking.test",
        "shipgate.tracking.intake.rabbitmq.queue=shipgate.tracking.pushes.test",
        "shipgate.tracking.intake.rabbitmq.consumers=1",
        "shipgate.tracking.intake.handoff-grace=10m"
})
class PushIntakeRabbitMqIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-rabbit";
    private static final String QUEUE = "shipgate.tracking.pushes.test";
    /** How long the broker's consumer may take to process a push on a busy 2-core machine. */
    private static final Duration PROCESSING = Duration.ofSeconds(30);

    @Autowired
    CamelContext camel;
    @Autowired
    AmqpAdmin broker;

    UUID account;
    UUID shipmentId;
    String awb;

    @BeforeAll
    static void aBrokerAt5672() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2000);
        } catch (IOException e) {
            String missing = "no RabbitMQ at 127.0.0.1:5672 (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("SHIPGATE_REQUIRE_RABBITMQ"))) {
                fail(missing + "; SHIPGATE_REQUIRE_RABBITMQ=true requires it");
            }
            System.out.println("PushIntakeRabbitMqIntegrationTests SKIPPED: " + missing);
            assumeTrue(false, "SKIPPED: " + missing + " (start one, e.g. apt-get install rabbitmq-server, to run this test)");
        }
    }

    @BeforeEach
    void aShipmentOnAnAccountWithAWebhookSecret() {
        account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "pushing",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText());
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json();
        shipmentId = UUID.fromString(shipment.get("id").asText());
        awb = shipment.get("awb").asText();
    }

    private UUID push(String code, Instant at) {
        String body = """
                {"awb": "%s", "status": "%s", "events": [{"code": "%s", "description": "scan", "timestamp": "%s"}]}"""
                .formatted(awb, code, code, at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        Api.Response receipt = api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, body,
                SandboxWebhookMapper.SIGNATURE_HEADER, signature);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        return UUID.fromString(receipt.json().get("id").asText());
    }

    private Map<String, Object> row(UUID pushId) {
        return jdbc.sql("SELECT state, attempts FROM tracking_pushes WHERE id = ?").param(pushId).query().singleRow();
    }

    /** Waits for the broker's consumer (another thread) to process the push; fails after {@link #PROCESSING}. */
    private void awaitProcessed(UUID pushId) throws InterruptedException {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (!"PROCESSED".equals(row(pushId).get("state"))) {
            if (System.nanoTime() > deadline) {
                fail("push " + pushId + " not processed by the broker's consumer within " + PROCESSING + ": " + row(pushId));
            }
            Thread.sleep(50);
        }
    }

    private String status() {
        return api.get("/v1/shipments/" + shipmentId, merchant.key()).json().get("status").asText();
    }

    @Test
    void aPushTravelsThroughTheBrokerAndIsProcessedOnceHoweverOftenItsMessageComes() throws Exception {
        UUID pushId = push("PKD", clock.instant().minus(Duration.ofHours(1)));

        awaitProcessed(pushId);

        assertThat(status()).isEqualTo("PICKED_UP");
        assertThat(row(pushId).get("attempts")).as("claimed once, by the consumer (the job waits for the grace)").isEqualTo(1);

        // the broker delivers the same id again: the consumer finds it claimed and leaves it
        routesSend(pushId);
        UUID marker = push("ITR", clock.instant().minus(Duration.ofMinutes(30)));
        awaitProcessed(marker);
        assertThat(row(pushId).get("attempts")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'shipment.status_changed'")
                .param(shipmentId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPushWhoseMessageTheBrokerLostIsProcessedByTheIntakeJobAfterTheGrace() throws Exception {
        camel.getRouteController().stopRoute("pushHandOffConsumer");
        UUID pushId;
        try {
            pushId = push("PKD", clock.instant().minus(Duration.ofHours(1)));
            assertThat(broker.getQueueInfo(QUEUE).getMessageCount()).as("the id waits in the durable queue").isEqualTo(1);
            broker.purgeQueue(QUEUE, false);
        } finally {
            camel.getRouteController().startRoute("pushHandOffConsumer");
        }
        processPushes();
        assertThat(row(pushId).get("state")).as("within the grace the job leaves it to the broker").isEqualTo("PENDING");

        clock.advance(Duration.ofMinutes(11));
        processPushes();

        assertThat(row(pushId).get("state")).isEqualTo("PROCESSED");
        assertThat(status()).isEqualTo("PICKED_UP");
    }

    private void routesSend(UUID pushId) {
        routes.sendBody(Endpoints.PUSH_HAND_OFF, pushId);
    }
}

package io.shipgate.gateway.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.ShipgateApplication;
import io.shipgate.gateway.carrier.ScriptedCarrier;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.GatewayIntegrationTest;
import io.shipgate.gateway.testing.TestDatabase;
import io.shipgate.routes.Endpoints;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway nodes on one database (this test's application context, node A, and node B, started beside it with the
 * same test settings but its webhook dispatcher on its own timer) under load: hundreds of shipment events, written
 * through both nodes' APIs and by tracking polls that both nodes run at once, delivered by both dispatchers to a real
 * HTTP receiver that verifies every signature with the Standard Webhooks library.
 * <ul>
 * <li>Every poll cycle asks the carrier once per due shipment, however the two nodes share it.
 * <li>While both nodes live, every event reaches the receiver exactly once, in order per shipment.
 * <li>Node B dies mid-delivery, holding claimed deliveries (some of them sent, the receiver's answer never recorded):
 *     its claims hold those deliveries, and the later events of their shipments, until the hold ends; then node A
 *     delivers them. Nothing is lost; the copies the receiver got twice are the same message (webhook-id and body).
 * </ul>
 * B dies as after {@code kill -9}: its connection pool is closed first, so it writes nothing more to the database, then
 * the receiver answers what B had sent, then its context stops. Node B runs on the real clock; A's test clock is
 * moved past B's hold rather than waiting for it.
 */
class WebhookDeliveryAcrossNodesIntegrationTests extends ApiIntegrationTest {

    /** Phase one's shipments: more than one poll run claims (batch-size 100), so that every cycle needs both nodes. */
    private static final int SHIPMENTS = 120;
    /** Phase two's shipments: their first events are what node B claims, and sends, when it dies. */
    private static final int MORE_SHIPMENTS = 60;
    /** Both dispatchers' interval. */
    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final EventLocation OAKLAND = new EventLocation("Oakland", "CA", "94607", "US");

    private static ConfigurableApplicationContext nodeB;
    private static Api b;
    private static ProducerTemplate routesOfB;

    private final Map<String, AtomicInteger> trackCalls = new ConcurrentHashMap<>();
    private volatile TrackingStatus carrierSays = TrackingStatus.IN_TRANSIT;
    private Receiver receiver;
    private ExecutorService threads;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(ShipgateApplication.class)
                .initializers(new TestDatabase.Initializer(), new CarrierMocks.Initializer())
                .run(nodeBArguments());
        b = new Api(Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port")));
        routesOfB = nodeB.getBean(ProducerTemplate.class);
    }

    /**
     * Node A's settings ({@link GatewayIntegrationTest}: the credentials key, private webhook URLs, the short retry
     * schedule, the poller driven by the test), but B's dispatcher runs on its timer, with a longer timeout.
     */
    private static String[] nodeBArguments() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : GatewayIntegrationTest.class.getAnnotation(SpringBootTest.class).properties()) {
            int eq = setting.indexOf('=');
            settings.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("shipgate.webhooks.dispatcher.enabled", "true");
        settings.put("shipgate.webhooks.dispatcher.interval", INTERVAL.toMillis() + "ms");
        // longer than the test takes to kill B while its requests hang (B's claims hold for this and 30 s more)
        settings.put("shipgate.webhooks.timeout", "20s");
        return settings.entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue()).toArray(String[]::new);
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @BeforeEach
    void aReceiverAndNothingElseToPoll() {
        receiver = new Receiver();
        threads = Executors.newFixedThreadPool(4);
        // node B runs on the real clock, and signatures carry the clock's time
        clock.advance(Duration.between(clock.instant(), Instant.now()));
        // the poller works across tenants: other tests' shipments are not this test's to poll
        jdbc.sql("UPDATE shipments SET next_check_at = NULL WHERE tenant_id <> ?").param(merchant.tenant().id()).update();
    }

    @AfterEach
    void stopReceiver() {
        threads.shutdownNow();
        receiver.close();
    }

    @Test
    void everyEventIsDeliveredOnceByTwoNodesAndAtLeastOnceWhenOneDiesMidDelivery() throws Exception {
        UUID account = scriptedAccount();
        Api.Response endpoint = api.post("/v1/webhook-endpoints", merchant.key(), Map.of("url", receiver.url()));
        assertThat(endpoint.status()).as(endpoint.toString()).isEqualTo(201);
        String endpointId = endpoint.json().get("id").asText();
        UUID endpointUuid = UUID.fromString(endpointId);
        Webhook webhook = new Webhook(endpoint.json().get("secret").asText());

        // 1. Both nodes live: shipments bought through both, polled by both at once, their events delivered by both
        long start = System.nanoTime();
        DispatchingOnA dispatchingOnA = new DispatchingOnA(endpointUuid);
        buy(account, SHIPMENTS, api, b);
        for (TrackingStatus status : List.of(TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED)) {
            pollCycle(status, SHIPMENTS, true);
        }
        await("every event of the first phase delivered", Duration.ofSeconds(30), () -> allDelivered(endpointId));
        long claimedByA = dispatchingOnA.stop();

        List<Receiver.Received> normal = receiver.received();
        Map<UUID, Event> events = events();
        assertThat(events).hasSizeGreaterThanOrEqualTo(SHIPMENTS * 4);
        assertThat(normal.stream().map(WebhookDeliveryAcrossNodesIntegrationTests::webhookId))
                .as("each event once while both nodes live").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(events.keySet());
        long deliveredByB = normal.size() - claimedByA;
        assertThat(claimedByA).as("deliveries node A made").isPositive();
        assertThat(deliveredByB).as("deliveries node B made").isPositive();
        System.out.printf("two nodes: %d events of %d shipments delivered once each (%d by node A, %d by node B) in %d ms%n",
                events.size(), SHIPMENTS, claimedByA, deliveredByB, Duration.ofNanos(System.nanoTime() - start).toMillis());

        // 2. Node B dies holding claims, many of them sent: the receiver got them, their answers were never recorded
        assertThat(api.post("/v1/webhook-endpoints/" + endpointId + "/pause", merchant.key(), null).status()).isEqualTo(200);
        buy(account, MORE_SHIPMENTS, api, b);
        pollCycle(TrackingStatus.IN_TRANSIT, MORE_SHIPMENTS, false);
        await("the new events fanned out (by B, while the endpoint is paused)", Duration.ofSeconds(10), () -> jdbc.sql(
                "SELECT count(*) FROM outbox WHERE tenant_id = ? AND state = 'PENDING'").param(merchant.tenant().id()).query(Long.class).single() == 0);
        receiver.hang();
        assertThat(api.post("/v1/webhook-endpoints/" + endpointId + "/resume", merchant.key(), null).status()).isEqualTo(200);
        await("node B's first requests at the receiver", Duration.ofSeconds(10), () -> receiver.received().size() > normal.size());
        settle(() -> List.of(claimed(endpointId), receiver.received().size()));
        Map<Long, UUID> heldByB = claimed(endpointId);
        long runsOfB = jdbc.sql("SELECT count(DISTINCT next_attempt_at) FROM webhook_deliveries WHERE id = ANY (?)")
                .param(heldByB.keySet().toArray(Long[]::new)).query(Long.class).single();

        nodeB.getBean(DataSource.class).unwrap(HikariDataSource.class).close();
        receiver.release();
        nodeB.close();
        List<Receiver.Received> sentByB = receiver.received().subList(normal.size(), receiver.received().size());
        Set<UUID> heldEvents = Set.copyOf(heldByB.values());
        assertThat(sentByB).isNotEmpty().allSatisfy(r -> assertThat(heldEvents).contains(webhookId(r)));
        Instant holdEnds = jdbc.sql("SELECT max(next_attempt_at) FROM webhook_deliveries WHERE id = ANY (?)")
                .param(heldByB.keySet().toArray(Long[]::new)).query(Timestamp.class).single().toInstant();
        assertThat(claimed(endpointId)).as("B's claims left behind as they were: it recorded nothing after its death").isEqualTo(heldByB);
        assertThat(jdbc.sql("SELECT min(next_attempt_at) FROM webhook_deliveries WHERE id = ANY (?)")
                .param(heldByB.keySet().toArray(Long[]::new)).query(Timestamp.class).single().toInstant())
                .as("B's claims still hold").isAfter(clock.instant());

        // node A, while the dead node's claims hold: new shipments' events, but nothing of the held shipments
        buy(account, 10, api);
        Map<UUID, Event> secondPhase = events();
        secondPhase.keySet().removeAll(events.keySet());
        Set<UUID> heldShipments = heldEvents.stream().map(id -> secondPhase.get(id).shipment()).collect(Collectors.toSet());
        Set<UUID> free = secondPhase.entrySet().stream().filter(e -> !heldShipments.contains(e.getValue().shipment()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(free).hasSizeGreaterThanOrEqualTo(10);
        dispatchOnAUntilIdle();
        List<Receiver.Received> whileHeld = receiver.received().subList(normal.size() + sentByB.size(), receiver.received().size());
        assertThat(whileHeld.stream().map(WebhookDeliveryAcrossNodesIntegrationTests::webhookId)).containsExactlyInAnyOrderElementsOf(free);
        assertThat(claimed(endpointId)).as("still held by the dead node").isEqualTo(heldByB);
        System.out.printf("node B died holding %d deliveries (claimed by %d runs), %d of them at the receiver; held %d ms more%n",
                heldByB.size(), runsOfB, sentByB.size(), Duration.between(clock.instant(), holdEnds).toMillis());

        // the hold ends: A delivers them, and then what waited behind them
        clock.advance(Duration.between(clock.instant(), holdEnds).plusSeconds(1));
        DispatchingOnA afterTheHold = new DispatchingOnA(endpointUuid);
        await("every event delivered by node A", Duration.ofSeconds(30), () -> allDelivered(endpointId));
        afterTheHold.stop();

        List<Receiver.Received> all = receiver.received();
        Map<UUID, Event> allEvents = events();
        assertThat(allEvents).hasSizeGreaterThan(events.size() + MORE_SHIPMENTS);
        for (Receiver.Received r : all) {
            webhook.verify(r.body(), r.headers());
        }
        Map<UUID, List<Receiver.Received>> copies = all.stream().collect(Collectors.groupingBy(
                WebhookDeliveryAcrossNodesIntegrationTests::webhookId, LinkedHashMap::new, Collectors.toList()));
        assertThat(copies.keySet()).as("every event delivered").containsExactlyInAnyOrderElementsOf(allEvents.keySet());
        Set<UUID> twice = new HashSet<>();
        copies.forEach((id, received) -> {
            assertThat(received.stream().map(Receiver.Received::body).distinct()).as("every copy of %s the same", id).hasSize(1);
            if (received.size() > 1) {
                twice.add(id);
            }
        });
        assertThat(twice).as("the events node B sent before it died, delivered again by A, and nothing else twice")
                .isEqualTo(sentByB.stream().map(WebhookDeliveryAcrossNodesIntegrationTests::webhookId).collect(Collectors.toSet()));
        assertThat(copies.values()).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(2));
        assertInOrderPerShipment(all, allEvents);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_deliveries WHERE id = ANY (?) AND attempts = 2")
                .param(heldByB.keySet().toArray(Long[]::new)).query(Long.class).single())
                .as("the dead node's attempt counted").isEqualTo(heldByB.size());
        System.out.printf("node A delivered them after the hold: %d events in all, %d delivered twice (same webhook-id and body)%n",
                allEvents.size(), twice.size());
    }

    /** One poll cycle: the live shipments due, one poll run on each node at once. Each shipment asked once, none left. */
    private void pollCycle(TrackingStatus status, int live, boolean bothNodesNeeded) throws Exception {
        carrierSays = status;
        trackCalls.clear();
        int due = jdbc.sql("UPDATE shipments SET next_check_at = ? WHERE tenant_id = ? AND next_check_at IS NOT NULL")
                .params(Timestamp.from(clock.instant().minusSeconds(1)), merchant.tenant().id()).update();
        assertThat(due).isEqualTo(live);

        CountDownLatch go = new CountDownLatch(1);
        MeterRegistry metersOfB = nodeB.getBean(MeterRegistry.class);
        double polledByABefore = polls(meters);
        double polledByBBefore = polls(metersOfB);
        Future<?> a = threads.submit(pollOn(routes, go));
        Future<?> onB = threads.submit(pollOn(routesOfB, go));
        go.countDown();
        a.get();
        onB.get();
        // a run claims batch after batch while claims come back full: each node's polls are counted by its own meters
        double polledByA = polls(meters) - polledByABefore;
        double polledByB = polls(metersOfB) - polledByBBefore;

        assertThat(trackCalls).as("carrier calls, per AWB").hasSize(live).allSatisfy((awb, calls) -> assertThat(calls.get()).isEqualTo(1));
        assertThat(polledByA + polledByB).as("polled by either node, none by both").isEqualTo(live);
        if (bothNodesNeeded) {
            assertThat(polledByA).isPositive();
            assertThat(polledByB).isPositive();
        }
    }

    /** The polls a node counted, whatever their outcome. */
    private static double polls(MeterRegistry registry) {
        return registry.find("shipgate.tracking.polls").counters().stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    private static Callable<Object> pollOn(ProducerTemplate node, CountDownLatch go) {
        return () -> {
            go.await();
            return node.requestBody(Endpoints.POLL_TRACKING, (Object) null);
        };
    }

    /** {@code count} shipments of the scripted account, bought a few at a time, through each node in turn. */
    private void buy(UUID account, int count, Api... nodes) throws Exception {
        List<Future<?>> purchases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api node = nodes[i % nodes.length];
            purchases.add(threads.submit(() -> {
                ObjectNode request = example("shipment-request.json");
                request.remove("carrier");
                request.put("carrier_account_id", account.toString());
                request.put("reference", "NODES-" + UUID.randomUUID());
                request.putObject("options");
                Api.Response created = node.post("/v1/shipments", merchant.key(), request);
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                return null;
            }));
        }
        for (Future<?> purchase : purchases) {
            purchase.get();
        }
    }

    private UUID scriptedAccount() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", ScriptedCarrier.CODE, "name", "scripted",
                "credentials", Map.of("api_key", "k")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        OffsetDateTime pickedUp = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusHours(5);
        ScriptedCarrier.script(id, new ScriptedCarrier.Script(null,
                request -> new ShipmentConfirmation("SC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), null, List.of(),
                        "ground", null, List.of(new Label(LabelFormat.PDF, "%PDF-1.4 label".getBytes(StandardCharsets.US_ASCII), null)),
                        List.of(), LocalDate.now(clock).plusDays(3), "{}"),
                ref -> {
                    trackCalls.computeIfAbsent(ref.awb(), k -> new AtomicInteger()).incrementAndGet();
                    sleep(Duration.ofMillis(5)); // so that both nodes' runs overlap
                    // the carrier's whole history up to what it says now, an hour between scans
                    List<TrackingEvent> history = new ArrayList<>();
                    List<TrackingStatus> path = List.of(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY,
                            TrackingStatus.DELIVERED);
                    TrackingStatus now = carrierSays;
                    for (int i = 0; i <= path.indexOf(now); i++) {
                        history.add(new TrackingEvent(path.get(i), null, path.get(i).name(), path.get(i).name(), OAKLAND, pickedUp.plusHours(i)));
                    }
                    return new TrackingResult(ref.awb(), now, history, null, "{}", null, null);
                }));
        return id;
    }

    /** An event of this test's tenant: its position in the outbox and its shipment. */
    private record Event(long position, UUID shipment) {
    }

    private Map<UUID, Event> events() {
        Map<UUID, Event> events = new HashMap<>();
        jdbc.sql("SELECT event_id, id, aggregate_id FROM outbox WHERE tenant_id = ?").param(merchant.tenant().id())
                .query(rs -> {
                    events.put(rs.getObject("event_id", UUID.class), new Event(rs.getLong("id"), rs.getObject("aggregate_id", UUID.class)));
                });
        return events;
    }

    /** Per shipment, the copies received, a copy and its repeats taken as one, are its events in the order they were written. */
    private static void assertInOrderPerShipment(List<Receiver.Received> received, Map<UUID, Event> events) {
        Map<UUID, List<Long>> arrived = new HashMap<>();
        for (Receiver.Received r : received) {
            Event event = events.get(webhookId(r));
            List<Long> sequence = arrived.computeIfAbsent(event.shipment(), k -> new ArrayList<>());
            if (sequence.isEmpty() || sequence.getLast() != event.position()) {
                sequence.add(event.position());
            }
        }
        Map<UUID, List<Long>> written = events.values().stream().collect(Collectors.groupingBy(Event::shipment,
                Collectors.mapping(Event::position, Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted().toList()))));
        assertThat(arrived).as("per shipment, in order").isEqualTo(written);
    }

    /** The pending deliveries of the endpoint that a dispatcher claimed and has not settled: delivery id to event id. */
    private Map<Long, UUID> claimed(String endpointId) {
        Map<Long, UUID> claimed = new HashMap<>();
        jdbc.sql("""
                        SELECT d.id, o.event_id FROM webhook_deliveries d JOIN outbox o ON o.id = d.event_id
                        WHERE d.endpoint_id = ?::uuid AND d.state = 'pending' AND d.attempts > 0""")
                .param(endpointId).query(rs -> {
                    claimed.put(rs.getLong("id"), rs.getObject("event_id", UUID.class));
                });
        return claimed;
    }

    private boolean allDelivered(String endpointId) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM outbox WHERE tenant_id = ? AND state = 'PENDING') = 0
                           AND NOT EXISTS (SELECT 1 FROM webhook_deliveries WHERE endpoint_id = ?::uuid AND state <> 'delivered')""")
                .params(merchant.tenant().id(), endpointId).query(Boolean.class).single();
    }

    /** Runs node A's dispatcher until a run claims nothing. */
    private void dispatchOnAUntilIdle() {
        while (!routes.requestBody(Endpoints.DISPATCH_WEBHOOKS, null, List.class).isEmpty()) {
            // another run
        }
    }

    /** Node A's dispatcher, run every interval on a thread of the test (its timer is off in tests), until stopped. */
    private final class DispatchingOnA {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong claimed = new AtomicLong();
        private final Future<?> loop;

        /** Counts the claims of deliveries to {@code endpoint} (a run may claim other tests' too). */
        DispatchingOnA(UUID endpoint) {
            loop = threads.submit(() -> {
                while (running.get()) {
                    List<?> run = routes.requestBody(Endpoints.DISPATCH_WEBHOOKS, null, List.class);
                    claimed.addAndGet(run.stream().filter(d -> ((WebhookDeliveries.Delivery) d).endpointId().equals(endpoint)).count());
                    Thread.sleep(INTERVAL.toMillis());
                }
                return null;
            });
        }

        /** Stops it after its current run; answers how many deliveries to the endpoint it claimed (and attempted). */
        long stop() throws Exception {
            running.set(false);
            loop.get();
            return claimed.get();
        }
    }

    private static UUID webhookId(Receiver.Received r) {
        return UUID.fromString(r.header("webhook-id"));
    }

    /** Waits until the value has not changed for half a second (at most 5 s). */
    private static void settle(Supplier<Object> value) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Object last = value.get();
        while (System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(500));
            Object now = value.get();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }

    private static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, within).isLessThan(deadline);
            sleep(Duration.ofMillis(50));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

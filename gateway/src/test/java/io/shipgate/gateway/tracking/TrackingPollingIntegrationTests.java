package io.shipgate.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.Label;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.gateway.carrier.ScriptedCarrier;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.gateway.testing.TestTenants;
import io.shipgate.routes.Endpoints;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking poller (issue 16) through the REST API on PostgreSQL: due shipments claimed once per cycle however
 * many pollers run, the cadence by status and age, terminal shipments never polled, a carrier's 429 backing the
 * whole account off on every node, freshness and the refresh endpoint, and trackers for AWBs bought elsewhere.
 */
class TrackingPollingIntegrationTests extends ApiIntegrationTest {

    private static final EventLocation OAKLAND = new EventLocation("Oakland", "CA", "94607", "US");
    /** Tolerance on a computed next check: the poll's own clock reading and the jitter of deferrals. */
    private static final Duration SLACK = Duration.ofMinutes(1);

    @Autowired
    RouteClient routes;
    @Autowired
    Shipments shipments;
    @Autowired
    TrackingTimeline timeline;

    UUID account;
    final Map<String, AtomicInteger> trackCalls = new ConcurrentHashMap<>();
    final AtomicReference<Function<ShipmentRef, TrackingResult>> carrierTracking = new AtomicReference<>();

    @BeforeEach
    void aScriptedCarrierAccountAndNothingElseDue() {
        account = scriptedAccount(merchant);
        carrierSays(TrackingStatus.IN_TRANSIT);
        // the poller works across tenants: other tests' shipments are not this test's to poll
        jdbc.sql("UPDATE shipments SET next_check_at = NULL WHERE tenant_id <> ?").param(merchant.tenant().id()).update();
    }

    private UUID scriptedAccount(TestTenants.TestTenant tenant) {
        Api.Response created = api.post("/v1/carrier-accounts", tenant.key(), Map.of("carrier", ScriptedCarrier.CODE, "name", "scripted",
                "credentials", Map.of("api_key", "k")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        ScriptedCarrier.script(id, new ScriptedCarrier.Script(null,
                request -> new ShipmentConfirmation("SC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), null, List.of(),
                        "ground", null, List.of(new Label(LabelFormat.PDF, "%PDF-1.4 label".getBytes(StandardCharsets.US_ASCII), null)),
                        List.of(), LocalDate.now(clock).plusDays(3), "{}"),
                ref -> {
                    trackCalls.computeIfAbsent(ref.awb(), k -> new AtomicInteger()).incrementAndGet();
                    return carrierTracking.get().apply(ref);
                }));
        return id;
    }

    private String buy() {
        ObjectNode request = example("shipment-request.json");
        request.remove("carrier");
        request.put("carrier_account_id", account.toString());
        request.putObject("options");
        Api.Response created = api.post("/v1/shipments", merchant.key(), request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private final AtomicInteger scans = new AtomicInteger();

    /** From now on the carrier answers a pickup and then {@code status}, scanned after every earlier answer's. */
    private void carrierSays(TrackingStatus status) {
        OffsetDateTime scanned = OffsetDateTime.parse("2026-11-25T09:00:00-08:00").plusHours(scans.incrementAndGet());
        carrierTracking.set(ref -> new TrackingResult(ref.awb(), status, List.of(
                new TrackingEvent(TrackingStatus.PICKED_UP, null, "PU", "Picked up", OAKLAND, OffsetDateTime.parse("2026-11-24T09:00:00-08:00")),
                new TrackingEvent(status, null, status.name(), status.name(), OAKLAND, scanned)),
                null, "{}", null, null));
    }

    private void due(String id) {
        jdbc.sql("UPDATE shipments SET next_check_at = ? WHERE id = ?").params(Timestamp.from(clock.instant().minusSeconds(1)), UUID.fromString(id))
                .update();
    }

    private void poll() {
        routes.send(Endpoints.POLL_TRACKING, null);
    }

    private Instant nextCheck(String id) {
        Instant t = jdbc.sql("SELECT coalesce(next_check_at, 'epoch'::timestamptz) FROM shipments WHERE id = ?").param(UUID.fromString(id))
                .query(Timestamp.class).single().toInstant();
        return t.equals(Instant.EPOCH) ? null : t;
    }

    private String awb(String id) {
        return jdbc.sql("SELECT awb FROM shipments WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }

    private int calls(String id) {
        AtomicInteger n = trackCalls.get(awb(id));
        return n == null ? 0 : n.get();
    }

    private static void assertAround(Instant actual, Instant expected) {
        assertThat(actual).isNotNull().isBetween(expected.minus(SLACK), expected.plus(SLACK));
    }

    @Test
    void dueShipmentsArePolledOncePerCycleEvenByTwoPollersAtOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(buy());
        }
        String notDue = buy();
        ids.forEach(this::due);
        // slow answers, so both runs are claiming and polling at the same time
        carrierTracking.set(ref -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TrackingResult(ref.awb(), TrackingStatus.IN_TRANSIT, List.of(new TrackingEvent(TrackingStatus.IN_TRANSIT, null, "IT",
                    "In transit", OAKLAND, OffsetDateTime.parse("2026-11-25T09:00:00-08:00"))), null, "{}", null, null);
        });

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pollers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(pollers.submit(() -> {
                start.await();
                poll();
                return null;
            }), pollers.submit(() -> {
                start.await();
                poll();
                return null;
            }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pollers.shutdownNow();
        }

        for (String id : ids) {
            assertThat(calls(id)).as("polls of %s", id).isEqualTo(1);
            assertAround(nextCheck(id), clock.instant().plus(Duration.ofHours(3)));
        }
        assertThat(calls(notDue)).as("a shipment not due yet").isZero();
        // nothing is due any more: another cycle polls nothing
        poll();
        assertThat(ids.stream().mapToInt(this::calls).sum()).isEqualTo(ids.size());
    }

    @Test
    void theCadenceFollowsTheStatusAndAgeAndEndsAtATerminalStatus() {
        String id = buy();
        JsonNode shipment = api.get("/v1/shipments/" + id, merchant.key()).json();
        assertAround(Instant.parse(shipment.get("next_check_at").asText()), clock.instant().plus(Duration.ofHours(6)));
        assertThat(shipment.has("last_checked_at")).as("never asked yet").isFalse();

        due(id);
        poll();
        assertAround(nextCheck(id), clock.instant().plus(Duration.ofHours(3)));
        shipment = api.get("/v1/shipments/" + id, merchant.key()).json();
        assertThat(shipment.get("status").asText()).isEqualTo("IN_TRANSIT");
        assertAround(Instant.parse(shipment.get("last_checked_at").asText()), clock.instant());
        assertAround(Instant.parse(shipment.get("next_check_at").asText()), clock.instant().plus(Duration.ofHours(3)));

        carrierSays(TrackingStatus.OUT_FOR_DELIVERY);
        due(id);
        poll();
        assertAround(nextCheck(id), clock.instant().plus(Duration.ofMinutes(30)));

        carrierSays(TrackingStatus.FAILED_DELIVERY);
        due(id);
        poll();
        assertAround(nextCheck(id), clock.instant().plus(Duration.ofMinutes(30)));
        JsonNode tracking = api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json();
        assertAround(Instant.parse(tracking.get("next_check_at").asText()), clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(tracking.get("last_checked_at").asText()).isEqualTo(tracking.get("last_refreshed_at").asText());

        // an old shipment is polled slower, and one older than stop-after no more
        jdbc.sql("UPDATE shipments SET created_at = created_at - interval '20 days' WHERE id = ?").param(UUID.fromString(id)).update();
        carrierSays(TrackingStatus.IN_TRANSIT);
        due(id);
        poll();
        assertAround(nextCheck(id), clock.instant().plus(Duration.ofHours(24)));
        jdbc.sql("UPDATE shipments SET created_at = created_at - interval '50 days' WHERE id = ?").param(UUID.fromString(id)).update();
        due(id);
        poll();
        assertThat(nextCheck(id)).as("older than 60 days").isNull();
        jdbc.sql("UPDATE shipments SET created_at = created_at + interval '70 days' WHERE id = ?").param(UUID.fromString(id)).update();

        carrierSays(TrackingStatus.DELIVERED);
        due(id);
        poll();
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("DELIVERED");
        assertThat(nextCheck(id)).as("delivered: never again").isNull();
        int polls = calls(id);
        // even when a row says it is due, a terminal shipment is not polled
        due(id);
        poll();
        assertThat(calls(id)).isEqualTo(polls);
    }

    @Test
    void aPushThatMovesTheStatusMakesTheNextPollDueNowAndATerminalOneEndsPolling() {
        String id = buy();
        due(id);
        poll();
        Instant afterPoll = nextCheck(id);
        assertAround(afterPoll, clock.instant().plus(Duration.ofHours(3)));

        // the same status pushed: nothing new to ask, the cadence stays
        push(id, TrackingStatus.IN_TRANSIT, "2026-11-25T10:00:00-08:00");
        assertThat(nextCheck(id)).isEqualTo(afterPoll);
        // a push that moves the status: polled now, for what the push left out
        push(id, TrackingStatus.OUT_FOR_DELIVERY, "2026-11-26T08:00:00-08:00");
        assertAround(nextCheck(id), clock.instant());
        carrierSays(TrackingStatus.OUT_FOR_DELIVERY);
        poll();
        assertAround(nextCheck(id), clock.instant().plus(Duration.ofMinutes(30)));

        push(id, TrackingStatus.DELIVERED, "2026-11-26T15:00:00-08:00");
        assertThat(nextCheck(id)).as("delivered by a push: never polled again").isNull();
    }

    private void push(String id, TrackingStatus status, String at) {
        timeline.record(new TrackingUpdate(shipments.loadTrackable(merchant.tenant().id(), UUID.fromString(id)),
                new TrackingResult(awb(id), status, List.of(new TrackingEvent(status, null, "P-" + status.name(), "pushed", OAKLAND,
                        OffsetDateTime.parse(at))), null, "{}", null, null), TrackingUpdate.Source.WEBHOOK));
    }

    @Test
    void aCarriers429BacksTheWholeAccountOffUntilItsRetryAfter() {
        String first = buy();
        String second = buy();
        carrierTracking.set(ref -> {
            throw new CarrierException(CarrierErrorCategory.RATE_LIMITED, ScriptedCarrier.CODE, "429", "slow down", true,
                    Duration.ofMinutes(10), null, null);
        });
        due(first);
        poll();
        Instant until = jdbc.sql("SELECT poll_backoff_until FROM carrier_accounts WHERE id = ?").param(account).query(Timestamp.class)
                .single().toInstant();
        assertAround(until, clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(nextCheck(first)).isAfterOrEqualTo(until);

        // the account's other shipments wait too, on every node: the back-off is in the database
        carrierSays(TrackingStatus.IN_TRANSIT);
        due(second);
        poll();
        assertThat(calls(second)).as("not asked while the account is backed off").isZero();
        assertThat(nextCheck(second)).isAfterOrEqualTo(until);
        // nor by a refresh through the API: the stored timeline comes back, saying why
        Api.Response refreshed = api.post("/v1/shipments/" + second + "/tracking/refresh", merchant.key(), Map.of());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.json().get("refresh_error").asText()).startsWith("RATE_LIMITED");
        clock.advance(Duration.ofSeconds(61));
        assertThat(api.get("/v1/shipments/" + second + "/tracking?refresh=true", merchant.key()).json().get("refresh_error").asText())
                .startsWith("RATE_LIMITED");
        assertThat(calls(second)).isZero();
        // an account of another tenant is not held back
        TestTenants.TestTenant other = tenants.create();
        UUID otherAccount = scriptedAccount(other);
        assertThat(otherAccount).isNotEqualTo(account);

        clock.advance(Duration.ofMinutes(11));
        due(second);
        poll();
        assertThat(calls(second)).isEqualTo(1);
        assertThat(api.get("/v1/shipments/" + second, merchant.key()).json().get("status").asText()).isEqualTo("IN_TRANSIT");
    }

    @Test
    void aUps429OnTheWireBacksTheAccountOffAndItsPushesMakeItsCadenceTheSafetyNet() throws Exception {
        WireMockServer ups = CarrierMocks.server();
        ups.resetAll();
        String token = CarrierModules.text("ups", "ups/oauth/token.json");
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(token)));
        ups.stubFor(get(urlPathEqualTo("/api/track/v1/details/1ZTHROTTLED0000001")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120").withHeader("Content-Type", "application/json")
                .withBody("{\"response\":{\"errors\":[{\"code\":\"429\",\"message\":\"Too many requests\"}]}}")));
        try {
            String upsAccount = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                    "settings", Map.of("account_number", "1A2B3C"),
                    "credentials", Map.of("client_id", "c", "client_secret", "s", "webhook_credential", "w"))).json().get("id").asText();
            Api.Response first = api.post("/v1/trackers", merchant.key(), Map.of("carrier", "ups", "tracking_number", "1ZTHROTTLED0000001"));
            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            String second = api.post("/v1/trackers", merchant.key(), Map.of("carrier", "ups", "tracking_number", "1ZWAITING00000002"))
                    .json().get("id").asText();
            // only the first is due now: the second waits for the first's 429
            jdbc.sql("UPDATE shipments SET next_check_at = ? WHERE id = ?").params(Timestamp.from(clock.instant().plusSeconds(30)),
                    UUID.fromString(second)).update();

            poll();
            Instant until = jdbc.sql("SELECT poll_backoff_until FROM carrier_accounts WHERE id = ?").param(UUID.fromString(upsAccount))
                    .query(Timestamp.class).single().toInstant();
            assertAround(until, clock.instant().plus(Duration.ofSeconds(120)));
            String firstId = first.json().get("id").asText();
            assertThat(nextCheck(firstId)).isAfterOrEqualTo(until);

            due(second);
            poll();
            ups.verify(0, getRequestedFor(urlPathEqualTo("/api/track/v1/details/1ZWAITING00000002")));
            assertThat(nextCheck(second)).isAfterOrEqualTo(until);

            // UPS pushes (Track Alert) for an account with its webhook credential: polled every 12 hours only
            clock.advance(Duration.ofMinutes(3));
            ups.stubFor(get(urlPathEqualTo("/api/track/v1/details/1ZWAITING00000002")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(trackResponse("1ZWAITING00000002"))));
            // the first is due again by now too: UPS no longer throttles, or its 429 (if polled first) would hold the second back
            ups.stubFor(get(urlPathEqualTo("/api/track/v1/details/1ZTHROTTLED0000001")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(trackResponse("1ZTHROTTLED0000001"))));
            due(second);
            poll();
            ups.verify(1, getRequestedFor(urlPathEqualTo("/api/track/v1/details/1ZWAITING00000002")));
            assertAround(nextCheck(second), clock.instant().plus(Duration.ofHours(12)));
        } finally {
            ups.resetAll();
        }
    }

    private static String trackResponse(String awb) throws Exception {
        return CarrierModules.text("ups", "ups/tracking/response-label-created.json").replace("1ZCIETST0111111114", awb);
    }

    @Test
    void refreshAsksTheCarrierNowAtMostOncePerMinutePerShipment() {
        String id = buy();
        Api.Response refreshed = api.post("/v1/shipments/" + id + "/tracking/refresh", merchant.key(), Map.of());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.json().get("status").asText()).isEqualTo("IN_TRANSIT");
        assertAround(Instant.parse(refreshed.json().get("last_checked_at").asText()), clock.instant());
        assertAround(Instant.parse(refreshed.json().get("next_check_at").asText()), clock.instant().plus(Duration.ofHours(3)));
        assertThat(calls(id)).isEqualTo(1);

        Api.Response again = api.post("/v1/shipments/" + id + "/tracking/refresh", merchant.key(), Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(429);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asText()).endsWith("/refresh-rate-limited");
        assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(calls(id)).isEqualTo(1);

        // another shipment has its own minute; a foreign one is not found
        String other = buy();
        assertThat(api.post("/v1/shipments/" + other + "/tracking/refresh", merchant.key(), Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/v1/shipments/" + id + "/tracking/refresh", tenants.create().key(), Map.of()).status()).isEqualTo(404);

        clock.advance(Duration.ofSeconds(61));
        assertThat(api.post("/v1/shipments/" + id + "/tracking/refresh", merchant.key(), Map.of()).status()).isEqualTo(200);
        assertThat(calls(id)).isEqualTo(2);
    }

    private Api.Response track(String trackingNumber) {
        return api.post("/v1/trackers", merchant.key(), Map.of("carrier", ScriptedCarrier.CODE, "tracking_number", trackingNumber,
                "reference", "ORDER-7"));
    }

    @Test
    void aTrackerIsPolledAndReportedLikeAShipment() {
        Api.Response created = track("EXT123456");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode tracker = created.json();
        String id = tracker.get("id").asText();
        assertThat(tracker.get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(tracker.get("state").asText()).isEqualTo("active");
        assertThat(tracker.get("carrier_account_id").asText()).isEqualTo(account.toString());
        assertAround(Instant.parse(tracker.get("next_check_at").asText()), clock.instant());

        Api.Response again = track("EXT123456");
        assertThat(again.status()).as("the same carrier and number: the existing tracker").isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);

        poll();
        assertThat(trackCalls.get("EXT123456").get()).isEqualTo(1);
        tracker = api.get("/v1/trackers/" + id, merchant.key()).json();
        assertThat(tracker.get("status").asText()).isEqualTo("IN_TRANSIT");
        assertThat(tracker.has("last_checked_at")).isTrue();
        assertAround(Instant.parse(tracker.get("next_check_at").asText()), clock.instant().plus(Duration.ofHours(3)));
        JsonNode timeline = api.get(tracker.get("tracking_url").asText(), merchant.key()).json();
        assertThat(timeline.get("events").findValuesAsText("carrier_code")).containsExactly("PU", "IN_TRANSIT");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE tenant_id = ? AND event_type = 'shipment.status_changed'")
                .param(merchant.tenant().id()).query(Long.class).single()).as("the same events as a shipment's").isEqualTo(1);

        // a tracker is not a shipment bought here
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).status()).isEqualTo(404);
        assertThat(api.get("/v1/shipments", merchant.key()).json().get("data")).isEmpty();

        // list, filters and cursor
        track("EXT2");
        track("EXT3");
        JsonNode page = api.get("/v1/trackers?limit=2", merchant.key()).json();
        assertThat(page.get("data")).hasSize(2);
        JsonNode last = api.get("/v1/trackers?limit=2&cursor=" + page.get("next_cursor").asText(), merchant.key()).json();
        assertThat(last.get("data")).hasSize(1);
        assertThat(last.has("next_cursor")).isFalse();
        assertThat(api.get("/v1/trackers?status=IN_TRANSIT", merchant.key()).json().get("data").findValuesAsText("id")).containsExactly(id);
        assertThat(api.get("/v1/trackers?carrier=ups", merchant.key()).json().get("data")).isEmpty();

        Api.Response deleted = api.delete("/v1/trackers/" + id, merchant.key());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("tracking_number").asText()).isEqualTo("EXT123456");
        assertThat(api.get("/v1/trackers/" + id, merchant.key()).status()).isEqualTo(404);
        assertThat(api.delete("/v1/trackers/" + id, merchant.key()).status()).isEqualTo(404);
    }

    @Test
    void aTrackerIsValidatedAndOnlyItsTenantSeesIt() {
        Api.Response unknown = api.post("/v1/trackers", merchant.key(), Map.of("carrier", "pigeon-post", "tracking_number", "X1"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("carrier");
        Api.Response missing = api.post("/v1/trackers", merchant.key(), Map.of("carrier", ScriptedCarrier.CODE));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("tracking_number");
        Api.Response noAccount = api.post("/v1/trackers", merchant.key(), Map.of("carrier", "ups", "tracking_number", "1Z999AA10123456784"));
        assertThat(noAccount.status()).as(noAccount.toString()).isEqualTo(422);

        String id = track("EXT-OWN").json().get("id").asText();
        TestTenants.TestTenant other = tenants.create();
        assertThat(api.get("/v1/trackers/" + id, other.key()).status()).isEqualTo(404);
        assertThat(api.delete("/v1/trackers/" + id, other.key()).status()).isEqualTo(404);
        assertThat(api.get("/v1/shipments/" + id + "/tracking", other.key()).status()).isEqualTo(404);
        assertThat(api.get("/v1/trackers", other.key()).json().get("data")).isEmpty();
        assertThat(api.get("/v1/trackers/" + id, merchant.key()).status()).isEqualTo(200);
    }

    @Test
    void aTrackerTheCarrierNeverKnowsIsNotFoundAfterTheWindow() {
        carrierTracking.set(ref -> {
            throw new CarrierException(CarrierErrorCategory.NOT_FOUND, ScriptedCarrier.CODE, "404", "no such shipment", false);
        });
        String id = track("EXT-LATE").json().get("id").asText();
        poll();
        JsonNode tracker = api.get("/v1/trackers/" + id, merchant.key()).json();
        assertThat(tracker.get("state").asText()).as("retried within the window").isEqualTo("active");
        assertAround(Instant.parse(tracker.get("next_check_at").asText()), clock.instant().plus(Duration.ofHours(1)));

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        poll();
        tracker = api.get("/v1/trackers/" + id, merchant.key()).json();
        assertThat(tracker.get("state").asText()).isEqualTo("not_found");
        assertThat(tracker.has("next_check_at")).as("polled no more").isFalse();
        assertThat(api.get("/v1/trackers?state=not_found", merchant.key()).json().get("data").findValuesAsText("id")).containsExactly(id);
        int polls = trackCalls.get("EXT-LATE").get();
        clock.advance(Duration.ofHours(2));
        poll();
        assertThat(trackCalls.get("EXT-LATE").get()).isEqualTo(polls);

        // the carrier pushes about it after all: active again, polled now for the rest, its first delivery attempt recorded
        push(id, TrackingStatus.FAILED_DELIVERY, "2026-11-26T15:00:00-08:00");
        tracker = api.get("/v1/trackers/" + id, merchant.key()).json();
        assertThat(tracker.get("state").asText()).isEqualTo("active");
        assertThat(tracker.get("status").asText()).isEqualTo("FAILED_DELIVERY");
        assertThat(tracker.has("check_error")).isFalse();
        assertThat(Instant.parse(tracker.get("first_attempt_at").asText())).isEqualTo(Instant.parse("2026-11-26T23:00:00Z"));
        assertAround(Instant.parse(tracker.get("next_check_at").asText()), clock.instant());
    }
}

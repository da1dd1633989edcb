package io.shipgate.routes.job;

import io.shipgate.routes.RouteConfigurations;
import io.shipgate.routes.testing.MovableClock;
import io.shipgate.routes.testing.TestPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link DueWorkRoute} on the gateway's schema in a real PostgreSQL: a test job delivers outbox events
 * to a receiver (the way the webhook dispatcher will), through a {@link DueWork} over the {@code outbox}
 * table written to the port's contract. A node is a Camel context of its own; several share the
 * database, and one that stops loses nothing.
 */
class DueWorkRouteTests {

    private static final DataSource DATABASE = TestPostgres.dataSource();
    private static final String RUN = "direct:deliverOutbox";
    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final Duration HOLD = Duration.ofMinutes(5);
    private static final int BATCH = 10;

    private final JdbcClient jdbc = JdbcClient.create(DATABASE);
    private final MovableClock clock = new MovableClock();
    private final Receiver receiver = new Receiver();
    private final List<CamelContext> nodes = new ArrayList<>();
    private final UUID tenant = UUID.randomUUID();
    private OutboxEvents events;

    @BeforeEach
    void aTenantOfItsOwn() {
        jdbc.sql("INSERT INTO tenants (id, name, slug) VALUES (?, 'due work', ?)").param(tenant).param("due-work-" + tenant).update();
        events = new OutboxEvents(jdbc, tenant, clock);
    }

    @AfterEach
    void stopTheNodes() {
        nodes.forEach(CamelContext::stop);
    }

    @Test
    void twoNodesDeliverEveryDueEventExactlyOnce() throws Exception {
        List<Long> due = IntStream.range(0, 200).mapToObj(i -> event()).toList();
        List<CamelContext> cluster = List.of(node(10), node(10));

        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<?>> running = new ArrayList<>();
            for (CamelContext node : cluster) {
                running.add(threads.submit(() -> {
                    for (int run = 0; run < 100 && pending() > 0; run++) {
                        run(node);
                    }
                }));
            }
            for (Future<?> node : running) {
                node.get();
            }
        }

        assertThat(receiver.delivered).as("every event delivered").containsOnlyKeys(due);
        assertThat(receiver.delivered.values()).as("each once").allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE tenant_id = ? AND state = 'DISPATCHED' AND attempts = 1")
                .param(tenant).query(Long.class).single()).isEqualTo(due.size());
    }

    @Test
    void aRunWhoseClaimComesBackFullClaimsAgainAtOnceUntilTheBacklogIsWorkedOff() {
        List<Long> backlog = IntStream.range(0, 2 * BATCH + 5).mapToObj(i -> event()).toList();

        run(node(10));

        assertThat(receiver.delivered).as("three batches in one run").containsOnlyKeys(backlog);
        assertThat(receiver.delivered.values()).as("each once").allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void aFailedAttemptIsDueAgainAfterAPersistedBackoffThatSurvivesARestartAndHoldsBackNoOtherEvent() {
        long flaky = event();
        long fine = event();
        receiver.failFirst(flaky, 1);
        CamelContext first = node(10);

        Instant before = clock.instant();
        run(first);
        Instant after = clock.instant();

        assertThat(state(fine)).isEqualTo("DISPATCHED");
        Row row = row(flaky);
        assertThat(row.state()).isEqualTo("PENDING");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isEqualTo("the merchant's endpoint answered 503");
        assertThat(row.dueAt()).as("the interval, give or take a fifth")
                .isBetween(before.plus(scaled(INTERVAL, 0.8)), after.plus(scaled(INTERVAL, 1.2)));

        first.stop(); // a restart: nothing of that attempt is kept in memory
        CamelContext second = node(10);
        run(second);
        assertThat(receiver.attempts(flaky)).as("not due yet").isEqualTo(1);

        clock.advance(scaled(INTERVAL, 1.3));
        run(second);
        assertThat(receiver.attempts(flaky)).isEqualTo(2);
        assertThat(state(flaky)).isEqualTo("DISPATCHED");
        assertThat(receiver.delivered).containsOnlyKeys(flaky, fine);
    }

    @Test
    void anEventThatKeepsFailingBacksOffLongerEachTimeAndIsGivenUpAfterItsLastAttempt() {
        long hopeless = event();
        receiver.failFirst(hopeless, Integer.MAX_VALUE);
        CamelContext node = node(3);

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Instant at = clock.instant();
            run(node);
            waits.add(Duration.between(at, row(hopeless).dueAt()));
            clock.advance(Duration.ofMinutes(10));
        }
        run(node);

        assertThat(receiver.attempts(hopeless)).isEqualTo(3);
        assertThat(waits.get(1)).as("twice the first wait, give or take a fifth each").isGreaterThan(waits.get(0));
        Row row = row(hopeless);
        assertThat(row.state()).isEqualTo("DEAD");
        assertThat(row.lastError()).isEqualTo("gave up after 3 attempts: the merchant's endpoint answered 503");
    }

    @Test
    void anEventWhoseNodeDiedWhileDeliveringItIsClaimedAgainOnceItsHoldEnds() {
        long orphan = event();
        assertThat(events.claimDue(BATCH, clock.instant().plus(HOLD))).hasSize(1); // claimed by a node that then died
        CamelContext survivor = node(10);

        run(survivor);
        assertThat(receiver.attempts(orphan)).as("held by the dead node").isZero();

        clock.advance(HOLD.plusMinutes(1));
        run(survivor);
        assertThat(state(orphan)).isEqualTo("DISPATCHED");
        assertThat(row(orphan).attempts()).as("the dead node's attempt counted").isEqualTo(2);
    }

    @Test
    void anEventAnotherTransactionHoldsIsSkippedNotWaitedFor() throws Exception {
        long held = event();
        long free = event();
        CamelContext node = node(10);

        try (Connection other = DATABASE.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM outbox WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, held);
                lock.executeQuery().close();
            }
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(node));
            other.rollback();
        }

        assertThat(receiver.delivered).containsOnlyKeys(free);
        assertThat(row(held).attempts()).isZero();
    }

    /** A node: its own Camel context with the shared route configurations and the job (its timer off: tests run it). */
    private CamelContext node(int maxAttempts) {
        CamelContext node = new DefaultCamelContext();
        try {
            node.addRoutes(new RouteConfigurations());
            node.addRoutes(new OutboxDelivery(maxAttempts));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        node.start();
        nodes.add(node);
        return node;
    }

    private static void run(CamelContext node) {
        node.createProducerTemplate().sendBody(RUN, null);
    }

    private long event() {
        return jdbc.sql("""
                        INSERT INTO outbox (tenant_id, aggregate_type, aggregate_id, event_type, payload, available_at)
                        VALUES (?, 'shipment', ?, 'shipment.created', '{}'::jsonb, ?) RETURNING id""")
                .params(tenant, UUID.randomUUID(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE tenant_id = ? AND state = 'PENDING'").param(tenant).query(Long.class).single();
    }

    private String state(long event) {
        return row(event).state();
    }

    private Row row(long event) {
        return jdbc.sql("SELECT state, attempts, last_error, available_at FROM outbox WHERE id = ?").param(event)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant())).single();
    }

    private static Duration scaled(Duration duration, double factor) {
        return Duration.ofMillis((long) (duration.toMillis() * factor));
    }

    private record Row(String state, int attempts, String lastError, Instant dueAt) {
    }

    /** The test job: delivers each due event of the tenant to the receiver, then marks it DISPATCHED. */
    private final class OutboxDelivery extends DueWorkRoute<Event> {

        OutboxDelivery(int maxAttempts) {
            super("outboxDelivery", RUN, new JobSettings(false, INTERVAL, BATCH), maxAttempts, HOLD, new Backoff(INTERVAL, Duration.ofHours(1)),
                    events, clock);
        }

        @Override
        protected String work(Event event) {
            receiver.deliver(event.id());
            jdbc.sql("UPDATE outbox SET state = 'DISPATCHED', dispatched_at = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), event.id()).update();
            return "delivered";
        }
    }

    /** A merchant's endpoint: counts attempts and deliveries, and fails an event's first attempts when told to. */
    private static final class Receiver {

        final Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();
        private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Map<Long, Integer> failures = new ConcurrentHashMap<>();

        void failFirst(long event, int times) {
            failures.put(event, times);
        }

        int attempts(long event) {
            return attempts.getOrDefault(event, new AtomicInteger()).get();
        }

        void deliver(long event) {
            if (attempts.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet() <= failures.getOrDefault(event, 0)) {
                throw new IllegalStateException("the merchant's endpoint answered 503");
            }
            delivered.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet();
        }
    }

    record Event(Long id, int attempts) implements DueItem {
    }

    /**
     * The outbox as due work, one tenant's events (so that tests never claim each other's), the way the
     * {@link DueWork} contract says: due at {@code available_at}, held by moving it, attempts counted by the claim.
     */
    private record OutboxEvents(JdbcClient jdbc, UUID tenant, Clock clock) implements DueWork<Event> {

        @Override
        public List<Event> claimDue(int limit, Instant holdUntil) {
            return jdbc.sql("""
                            UPDATE outbox SET available_at = ?, attempts = attempts + 1
                            WHERE id IN (SELECT id FROM outbox WHERE tenant_id = ? AND state = 'PENDING' AND available_at <= ?
                                         ORDER BY available_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                            RETURNING id, attempts""")
                    .params(Timestamp.from(holdUntil), tenant, Timestamp.from(clock.instant()), limit)
                    .query((rs, n) -> new Event(rs.getLong(1), rs.getInt(2))).list();
        }

        @Override
        public void retryLater(Event event, Instant at, String reason) {
            jdbc.sql("UPDATE outbox SET available_at = ?, last_error = ? WHERE id = ? AND state = 'PENDING'")
                    .params(Timestamp.from(at), reason, event.id()).update();
        }

        @Override
        public void giveUp(Event event, String reason) {
            jdbc.sql("UPDATE outbox SET state = 'DEAD', last_error = ? WHERE id = ?").params(reason, event.id()).update();
        }
    }
}

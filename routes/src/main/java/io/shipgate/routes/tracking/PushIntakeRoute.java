package io.shipgate.routes.tracking;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWork;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.port.PushInbox;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The push intake: processes the carrier pushes {@link TrackingRoute} stored and answered. A
 * {@link DueWorkRoute} over {@code tracking_pushes}, on every node, whose claim ingests in batches:
 *
 * <pre>
 * timer (shipgate.tracking.intake.interval) -> direct:processPushes
 *   -> claim due pushes, oldest first (batch-size; FOR UPDATE SKIP LOCKED; each held for this node a while)
 *      -> cut into batches of at most batch-events events, each batch in ONE transaction ({@link #ingestTogether}):
 *           per AWB: the account's shipment with it (one query for the batch) -> direct:ingestTracking, all updates at once
 *                    none (yet)                                             -> kept unmatched, ingested when one appears
 *           -> every push of the batch processed
 *      -> claim again at once while the claim comes back full (a backlog drains at the database's pace, not a batch per interval);
 *         workers (2) do this side by side, each with its own claims
 *   -> split, each push of a batch that failed on its own, in parallel: the same ingestion, one push per transaction
 *        an attempt that fails -> tried again later (persisted, exponential backoff with jitter), then DEAD
 * the hand-off's consumer (transport rabbitmq) -> {@link #handOff}: the same work on one push, at once
 * </pre>
 *
 * A batch costs a handful of statements and one commit, whatever its size, where a push alone costs as many; so one bad push
 * (a stored reading that cannot be read back, a shipment that fails) only sends its batch to the one-by-one path, where it
 * fails alone. Processing a push twice (a node died after ingesting, before marking it processed) stores nothing twice:
 * ingestion de-duplicates events, and a kept AWB is kept once per push.
 */
@Component
public class PushIntakeRoute extends DueWorkRoute<StoredPush> {

    /** Pushes settled, by outcome: processed, unmatched (some AWBs kept for later), needs_attention (DEAD). */
    static final String PROCESSED = "shipgate.tracking.pushes.processed";
    /** Batches of pushes ingested in one transaction, by outcome: ingested, failed (its pushes then processed one by one). */
    public static final String BATCHES = "shipgate.tracking.intake.batches";
    private static final Logger LOG = LoggerFactory.getLogger(PushIntakeRoute.class);
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    /** How long one run keeps claiming while claims come back full: well inside the hold, so what it leaves to the split is worked on in time. */
    private static final Duration DRAIN_FOR = Duration.ofSeconds(30);

    private final PushInbox inbox;
    private final Shipments shipments;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int batchEvents;
    private final int workers;
    private ProducerTemplate ingest;

    @Autowired
    public PushIntakeRoute(PushInbox inbox, Shipments shipments, Clock clock, MeterRegistry meters,
                           @Value("${shipgate.tracking.intake.enabled:true}") boolean enabled,
                           @Value("${shipgate.tracking.intake.interval:1s}") Duration interval,
                           @Value("${shipgate.tracking.intake.batch-size:500}") int batchSize,
                           @Value("${shipgate.tracking.intake.batch-events:2000}") int batchEvents,
                           @Value("${shipgate.tracking.intake.workers:2}") int workers,
                           @Value("${shipgate.tracking.intake.max-attempts:8}") int maxAttempts) {
        this(new BatchingClaims(inbox, clock), inbox, shipments, clock, meters, new JobSettings(enabled, interval, batchSize), batchEvents,
                workers, maxAttempts);
    }

    private PushIntakeRoute(BatchingClaims claims, PushInbox inbox, Shipments shipments, Clock clock, MeterRegistry meters,
                            JobSettings settings, int batchEvents, int workers, int maxAttempts) {
        super("pushIntake", Endpoints.PROCESS_PUSHES, settings, maxAttempts, HOLD, new Backoff(Duration.ofSeconds(5), MAX_BACKOFF), claims, clock);
        if (batchEvents < 1) {
            throw new IllegalArgumentException("shipgate.tracking.intake.batch-events must be at least 1, not " + batchEvents);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("shipgate.tracking.intake.workers must be at least 1, not " + workers);
        }
        claims.intake = this;
        this.workers = workers;
        this.inbox = inbox;
        this.shipments = shipments;
        this.meters = meters;
        this.clock = clock;
        this.batchEvents = batchEvents;
    }

    /** Processes one stored push at once, when nobody claimed it yet (the hand-off's consumer); else nothing. */
    public void handOff(UUID pushId) {
        Optional<StoredPush> push = inbox.claim(pushId, clock.instant().plus(hold()));
        push.ifPresentOrElse(this::attempt, () -> log.debug("push {}: claimed already", pushId));
    }

    /** One push on its own (a push of a batch that failed, or the hand-off's): the batch's ingestion, with one push. */
    @Override
    protected String work(StoredPush push) {
        return outcome(ingestTogether(List.of(push)).get(push.id()));
    }

    /**
     * Ingests the pushes in one transaction ({@link PushInbox#processTogether}): their AWBs' shipments found in one query, the
     * tracking of every matched AWB sent to the ingestion route as one batch (in the pushes' order), the others kept unmatched,
     * and the pushes marked processed. Returns, per push, how many of its AWBs were kept unmatched. Throws when any of it fails:
     * nothing is kept then.
     */
    Map<UUID, Integer> ingestTogether(List<StoredPush> pushes) {
        for (StoredPush push : pushes) {
            if (push.results() == null) {
                throw new IllegalStateException("the stored reading of push " + push.id() + " cannot be read back");
            }
        }
        Map<UUID, Integer> unmatched = new HashMap<>();
        inbox.processTogether(pushes, () -> {
            List<UUID> accounts = new ArrayList<>();
            List<String> awbs = new ArrayList<>();
            pushes.forEach(p -> p.results().forEach(r -> {
                accounts.add(p.carrierAccountId());
                awbs.add(r.awb());
            }));
            Map<String, ShipmentSnapshot> found = new HashMap<>();
            shipments.findByAwbs(accounts, awbs).forEach(s -> found.put(s.carrierAccountId() + "/" + s.ref().awb(), s));
            List<TrackingUpdate> updates = new ArrayList<>();
            for (StoredPush push : pushes) {
                int kept = 0;
                for (TrackingResult tracking : push.results()) {
                    Optional<ShipmentSnapshot> shipment = Optional.ofNullable(found.get(push.carrierAccountId() + "/" + tracking.awb()))
                            .filter(s -> s.tenantId().equals(push.tenantId()));
                    if (shipment.isEmpty()) {
                        shipment = inbox.keepUnmatched(push, tracking);
                        if (shipment.isEmpty()) {
                            kept++;
                            continue;
                        }
                    }
                    updates.add(new TrackingUpdate(shipment.get(), tracking, TrackingUpdate.Source.WEBHOOK));
                }
                unmatched.put(push.id(), kept);
            }
            if (!updates.isEmpty()) {
                ingest().sendBody(Endpoints.INGEST_TRACKING, new TrackingUpdates(updates));
            }
        });
        return unmatched;
    }

    private static String outcome(Integer unmatched) {
        return unmatched == null || unmatched == 0 ? "processed" : "unmatched";
    }

    /** The batches of a claim: consecutive pushes, at most {@code batchEvents} events each (a larger push is a batch alone). */
    List<List<StoredPush>> batches(List<StoredPush> claimed) {
        List<List<StoredPush>> batches = new ArrayList<>();
        List<StoredPush> batch = new ArrayList<>();
        int events = 0;
        for (StoredPush push : claimed) {
            int n = push.results() == null ? 1 : Math.max(1, push.results().stream().mapToInt(r -> r.events().size()).sum());
            if (!batch.isEmpty() && events + n > batchEvents) {
                batches.add(batch);
                batch = new ArrayList<>();
                events = 0;
            }
            batch.add(push);
            events += n;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private ProducerTemplate ingest() {
        if (ingest == null) {
            ingest = getCamelContext().createProducerTemplate();
        }
        return ingest;
    }

    @Override
    protected void settled(StoredPush push, String outcome) {
        log.debug("pushIntake {}: {}", push.id(), outcome);
        meters.counter(PROCESSED, "carrier", push.carrier(), "outcome", outcome).increment();
    }

    /**
     * The intake's claim, as {@link DueWorkRoute}'s run sees it: claims due pushes and ingests them in batches, one transaction
     * each, claiming again at once while claims come back full (for at most {@link #DRAIN_FOR}), on {@code workers} threads;
     * hands the run only the pushes
     * of batches that failed, which it then works on one by one ({@link #work}), with its retries and backoff.
     */
    private static final class BatchingClaims implements DueWork<StoredPush> {

        private final PushInbox inbox;
        private final Clock clock;
        private PushIntakeRoute intake;

        BatchingClaims(PushInbox inbox, Clock clock) {
            this.inbox = inbox;
            this.clock = clock;
        }

        @Override
        public List<StoredPush> claimDue(int limit, Instant holdUntil) {
            Duration hold = Duration.between(clock.instant(), holdUntil);
            long deadline = System.nanoTime() + DRAIN_FOR.toNanos();
            List<StoredPush> alone = java.util.Collections.synchronizedList(new ArrayList<>());
            if (intake.workers == 1) {
                drain(limit, hold, deadline, alone);
                return alone;
            }
            // each worker claims its own batches (SKIP LOCKED): while one waits for PostgreSQL, the other works
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < intake.workers; w++) {
                workers.add(Thread.ofVirtual().name("pushIntake-" + w).start(() -> drain(limit, hold, deadline, alone)));
            }
            for (Thread worker : workers) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return List.copyOf(alone);
        }

        /** Claims and ingests batches while claims come back full, until the deadline; adds the pushes of failed batches to {@code alone}. */
        private void drain(int limit, Duration hold, long deadline, List<StoredPush> alone) {
            while (true) {
                List<StoredPush> claimed = inbox.claimDue(limit, clock.instant().plus(hold));
                for (List<StoredPush> batch : intake.batches(claimed)) {
                    Map<UUID, Integer> unmatched;
                    try {
                        unmatched = intake.ingestTogether(batch);
                    } catch (RuntimeException e) {
                        LOG.warn("pushIntake: a batch of {} pushes failed, each is processed on its own: {}", batch.size(), e.getMessage());
                        intake.meters.counter(BATCHES, "outcome", "failed").increment();
                        alone.addAll(batch);
                        continue;
                    }
                    intake.meters.counter(BATCHES, "outcome", "ingested").increment();
                    batch.forEach(push -> intake.settled(push, outcome(unmatched.get(push.id()))));
                }
                if (claimed.size() < limit || alone.size() >= limit || System.nanoTime() - deadline > 0) {
                    return;
                }
            }
        }

        @Override
        public void retryLater(StoredPush item, Instant at, String reason) {
            inbox.retryLater(item, at, reason);
        }

        @Override
        public void giveUp(StoredPush item, String reason) {
            inbox.giveUp(item, reason);
        }
    }
}

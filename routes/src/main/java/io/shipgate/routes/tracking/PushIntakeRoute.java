package io.shipgate.routes.tracking;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.port.PushInbox;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.port.Shipments;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The push intake: processes the carrier pushes {@link TrackingRoute} stored and answered. A
 * {@link DueWorkRoute} over {@code tracking_pushes}, on every node:
 *
 * <pre>
 * timer (shipgate.tracking.intake.interval) -> direct:processPushes
 *   -> claim due pushes, oldest first (FOR UPDATE SKIP LOCKED; each held for this node a while)
 *   -> split, each push on its own, in parallel:
 *        per AWB: the account's shipment with it -> direct:ingestTracking (the route polls go through too)
 *                 none (yet)                     -> kept unmatched, ingested when one appears (PushInbox.rematch)
 *        -> processed
 *        an attempt that fails -> tried again later (persisted, exponential backoff with jitter), then DEAD
 * the hand-off's consumer (transport rabbitmq) -> {@link #handOff}: the same work on one push, at once
 * </pre>
 *
 * Processing a push twice (a node died after ingesting, before marking it processed) stores nothing
 * twice: ingestion de-duplicates events, and a kept AWB is kept once per push.
 */
@Component
public class PushIntakeRoute extends DueWorkRoute<StoredPush> {

    /** Pushes settled, by outcome: processed, unmatched (some AWBs kept for later), needs_attention (DEAD). */
    static final String PROCESSED = "shipgate.tracking.pushes.processed";
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final PushInbox inbox;
    private final Shipments shipments;
    private final MeterRegistry meters;
    private final Clock clock;
    private ProducerTemplate ingest;

    public PushIntakeRoute(PushInbox inbox, Shipments shipments, Clock clock, MeterRegistry meters,
                           @Value("${shipgate.tracking.intake.enabled:true}") boolean enabled,
                           @Value("${shipgate.tracking.intake.interval:1s}") Duration interval,
                           @Value("${shipgate.tracking.intake.batch-size:50}") int batchSize,
                           @Value("${shipgate.tracking.intake.max-attempts:8}") int maxAttempts) {
        super("pushIntake", Endpoints.PROCESS_PUSHES, new JobSettings(enabled, interval, batchSize), maxAttempts, HOLD,
                new Backoff(Duration.ofSeconds(5), MAX_BACKOFF), inbox, clock);
        this.inbox = inbox;
        this.shipments = shipments;
        this.meters = meters;
        this.clock = clock;
    }

    /** Processes one stored push at once, when nobody claimed it yet (the hand-off's consumer); else nothing. */
    public void handOff(UUID pushId) {
        Optional<StoredPush> push = inbox.claim(pushId, clock.instant().plus(hold()));
        push.ifPresentOrElse(this::attempt, () -> log.debug("push {}: claimed already", pushId));
    }

    @Override
    protected String work(StoredPush push) {
        if (push.results() == null) {
            throw new IllegalStateException("the stored reading of the push cannot be read back");
        }
        int unmatched = 0;
        for (TrackingResult tracking : push.results()) {
            Optional<ShipmentSnapshot> shipment = shipments.findByAwb(push.tenantId(), push.carrierAccountId(), tracking.awb());
            if (shipment.isEmpty()) {
                shipment = inbox.keepUnmatched(push, tracking);
                if (shipment.isEmpty()) {
                    unmatched++;
                    continue;
                }
            }
            ingest().sendBody(Endpoints.INGEST_TRACKING, new TrackingUpdate(shipment.get(), tracking, TrackingUpdate.Source.WEBHOOK));
        }
        inbox.processed(push, unmatched);
        return unmatched == 0 ? "processed" : "unmatched";
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
}

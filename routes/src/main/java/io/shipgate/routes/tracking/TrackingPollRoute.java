package io.shipgate.routes.tracking;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.port.CarrierBackoffs;
import io.shipgate.routes.port.CarrierRequestBudget;
import io.shipgate.routes.port.DueCheck;
import io.shipgate.routes.port.TrackingChecks;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The tracking poller: asks the carrier about every live shipment and tracker when its next check is due. A
 * {@link DueWorkRoute} over {@code shipments.next_check_at}: claimed in batches on every node (FOR UPDATE SKIP LOCKED,
 * so no shipment is polled twice in one cycle however many nodes run), each polled on its own.
 *
 * <pre>
 * timer (shipgate.tracking.polling.interval, on every node where enabled) -> direct:pollTracking
 *   -> claim due shipments and trackers, longest due first (each held for this node a while)
 *   -> split, each on its own, in parallel:
 *        its account backed off (a carrier's 429) -> due again when the back-off ends       (account_backed_off)
 *        its account's budget spent on this node -> due again after budget-retry             (budget_spent)
 *        direct:trackShipment (forced): track -> one ingestion -> next check by status and age (polled)
 *        the carrier does not know the AWB -> again after not-found-retry; a tracker older than
 *            not-found-window is not_found and polled no more                                (not_found_yet, not_found)
 *        the carrier throttles (429) -> the account backed off until Retry-After on every node (rate_limited)
 *        any other failure -> again after a backoff with jitter (persisted)
 * </pre>
 */
@Component
public class TrackingPollRoute extends DueWorkRoute<DueCheck> {

    /** Polls, by outcome. */
    static final String POLLS = "shipgate.tracking.polls";
    /** How long a claimed shipment stays with the node that claimed it: longer than any one carrier call. */
    private static final Duration HOLD = Duration.ofMinutes(2);

    private final TrackingChecks checks;
    private final CarrierBackoffs backoffs;
    private final CarrierRequestBudget budget;
    private final PollingSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private volatile ProducerTemplate template;

    public TrackingPollRoute(TrackingChecks checks, CarrierBackoffs backoffs, CarrierRequestBudget budget, PollingSettings settings, Clock clock,
                             MeterRegistry meters) {
        // a poll that keeps failing is never given up: backed off up to the pre-transit cadence, and tried again
        super("trackingPoller", Endpoints.POLL_TRACKING, new JobSettings(settings.enabled(), settings.interval(), settings.batchSize()),
                Integer.MAX_VALUE, HOLD, new Backoff(Duration.ofMinutes(1), settings.preTransit().compareTo(Duration.ofMinutes(1)) < 0
                        ? Duration.ofMinutes(1) : settings.preTransit()), checks, clock);
        this.checks = checks;
        this.backoffs = backoffs;
        this.budget = budget;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    protected String work(DueCheck check) {
        Instant now = clock.instant();
        Instant backedOff = backoffs.backedOffUntil(check.carrierAccountId(), now);
        if (backedOff != null) {
            checks.deferred(check, jitter(backedOff, settings.budgetRetry()));
            return "account_backed_off";
        }
        if (!budget.tryAcquire(check.carrier(), check.carrierAccountId())) {
            checks.deferred(check, jitter(now.plus(settings.budgetRetry()), settings.budgetRetry()));
            return "budget_spent";
        }
        try {
            track(check);
            return "polled";
        } catch (CarrierException e) {
            if (e.category() == CarrierErrorCategory.NOT_FOUND) {
                if (check.tracker() && Duration.between(check.createdAt(), now).compareTo(settings.notFoundWindow()) >= 0) {
                    checks.notFound(check);
                    return "not_found";
                }
                Duration age = Duration.between(check.createdAt(), now);
                checks.scheduled(check.tenantId(), check.id(), age.compareTo(settings.stopAfter()) >= 0 ? null : now.plus(settings.notFoundRetry()));
                return "not_found_yet";
            }
            if (e.category() == CarrierErrorCategory.RATE_LIMITED) {
                // the tracking route backed the account off (from the carrier's answer, after the call): this shipment waits
                // with the others of the account, until the back-off the route recorded, not from before the call
                Duration wait = e.retryAfter() == null || e.retryAfter().isNegative() ? TrackingRoute.DEFAULT_RETRY_AFTER : e.retryAfter();
                Instant until = backoffs.backedOffUntil(check.carrierAccountId(), clock.instant());
                checks.deferred(check, jitter(until != null ? until : clock.instant().plus(wait), settings.budgetRetry()));
                return "rate_limited";
            }
            throw e;
        }
    }

    private void track(DueCheck check) {
        if (template == null) {
            template = getContext().createProducerTemplate();
        }
        try {
            template.requestBody(Endpoints.TRACK_SHIPMENT, new TrackShipmentCommand(check.tenantId(), check.id(), true));
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** {@code at} plus up to {@code spread}: shipments skipped together do not all come back in the same instant. */
    private static Instant jitter(Instant at, Duration spread) {
        return at.plusMillis(ThreadLocalRandom.current().nextLong(Math.max(1, spread.toMillis() / 5)));
    }

    @Override
    protected void settled(DueCheck check, String outcome) {
        log.debug("trackingPoller {}: {}", check.id(), outcome);
        meters.counter(POLLS, "outcome", outcome).increment();
    }
}

package io.shipgate.routes.job;

import io.shipgate.routes.RouteConfigurations;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A job that works on due rows one by one: a subclass says what one item's work is ({@link #work}),
 * this class claims, retries and gives up. Its routes:
 *
 * <pre>
 * timer:&lt;name&gt; (every interval, on every node where enabled) -> &lt;endpoint&gt;
 * &lt;endpoint&gt; (route &lt;name&gt;)
 *   -> loop, once, and again at once while the claim came back full (a backlog) and Camel is not stopping:
 *        -> claim up to batch-size due items (one committed statement, FOR UPDATE SKIP LOCKED), each held until now + hold
 *        -> split, each item on its own, in parallel:
 *             work(item) -> settled: its outcome is logged (and counted by the subclass)
 *             fails      -> attempts left: due again after a backoff with jitter (persisted next_attempt_at)
 *                           last attempt: given up, set aside for an operator (outcome needs_attention)
 *        -> afterRun()
 * </pre>
 *
 * Nothing is redelivered in memory: an item whose node dies while working on it is claimed again
 * once its hold ends (that attempt counted), by whichever node comes first. A backlog is worked off
 * batch after batch without waiting an interval between them; the interval is only the wait for new
 * work once a claim finds less than a batch.
 *
 * @param <T> a claimed item
 */
public abstract class DueWorkRoute<T extends DueItem> extends RouteBuilder {

    /** The outcome of an item given up after its last attempt. */
    public static final String NEEDS_ATTENTION = "needs_attention";
    /** The run's exchange property: whether the last claim came back full (then the run claims again at once). */
    private static final String FULL = "shipgateDueWorkFull";

    private final String name;
    private final String endpoint;
    private final JobSettings settings;
    private final int maxAttempts;
    private final Duration hold;
    private final Backoff backoff;
    private final DueWork<T> due;
    private final Clock clock;

    /**
     * @param name        the job's name: its route id and timer name
     * @param endpoint    the {@code direct:} endpoint of one run (the timer sends there; so may a test)
     * @param maxAttempts attempts before an item is given up
     * @param hold        how long a claimed item stays with the node that claimed it: longer than any one item's work
     * @param backoff     the wait after a failed attempt
     */
    protected DueWorkRoute(String name, String endpoint, JobSettings settings, int maxAttempts, Duration hold, Backoff backoff,
                           DueWork<T> due, Clock clock) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(name + ": max attempts must be at least 1, not " + maxAttempts);
        }
        this.name = name;
        this.endpoint = endpoint;
        this.settings = settings;
        this.maxAttempts = maxAttempts;
        this.hold = hold;
        this.backoff = backoff;
        this.due = due;
        this.clock = clock;
    }

    /**
     * Works on one claimed item and settles it in the table (in its own transactions; no other is
     * open). Returns the outcome, a short name for logs and metrics. Throwing leaves the item to a
     * later attempt.
     */
    protected abstract String work(T item);

    /** How long a claimed item stays with the node that claimed it. */
    protected final Duration hold() {
        return hold;
    }

    /** After an item was settled (its outcome, or {@link #NEEDS_ATTENTION}): logged; subclasses may count it too. */
    protected void settled(T item, String outcome) {
        log.info("{} {}: {}", name, item.id(), outcome);
    }

    /** After each run (each batch claimed), once every claimed item was attempted. */
    protected void afterRun() {
    }

    /**
     * The threads a batch's items are attempted on, in parallel: null for Camel's default pool (10
     * threads); a job whose work mostly waits on the network may bring its own (e.g. more, virtual).
     */
    protected ExecutorService attemptThreads() {
        return null;
    }

    @Override
    public final void configure() {
        settings.schedule(this, name, endpoint);

        from(endpoint).routeId(name)
                .routeConfigurationId(RouteConfigurations.BACKGROUND)
                .setProperty(FULL, constant(true))
                .loopDoWhile(exchangeProperty(FULL).isEqualTo(true))
                    .process(this::claim)
                    .split(body()).parallelProcessing().executorService(attemptThreads())
                        .process(this::attempt)
                    .end()
                    .process(exchange -> afterRun())
                .end();
    }

    private void claim(Exchange exchange) {
        List<T> claimed = due.claimDue(settings.batchSize(), clock.instant().plus(hold));
        exchange.setProperty(FULL, claimed.size() >= settings.batchSize() && !getCamelContext().isStopping());
        exchange.getIn().setBody(claimed);
    }

    private void attempt(Exchange exchange) {
        @SuppressWarnings("unchecked")
        T item = (T) exchange.getIn().getBody();
        attempt(item);
    }

    /**
     * Works on one item claimed outside a run (e.g. by a hand-off's consumer, with the same hold as
     * {@link DueWork#claimDue}): settled, retried later or given up exactly as in a run.
     */
    protected final void attempt(T item) {
        String outcome;
        try {
            outcome = work(item);
        } catch (RuntimeException e) {
            if (item.attempts() < maxAttempts) {
                Instant at = clock.instant().plus(backoff.after(item.attempts()));
                log.warn("{} {}: attempt {} of {} failed, trying again at {}: {}", name, item.id(), item.attempts(), maxAttempts, at,
                        e.getMessage());
                due.retryLater(item, at, e.getMessage());
                return;
            }
            due.giveUp(item, "gave up after " + item.attempts() + " attempts: " + e.getMessage());
            outcome = NEEDS_ATTENTION;
        }
        settled(item, outcome);
    }
}

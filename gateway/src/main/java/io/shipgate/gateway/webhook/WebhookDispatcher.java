package io.shipgate.gateway.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.Backoff;
import io.shipgate.routes.job.DueWorkRoute;
import io.shipgate.routes.job.JobSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The webhook dispatcher, a {@link DueWorkRoute} ({@code shipgate.webhooks.dispatcher.*}) on every node:
 * each run fans new outbox events out to the endpoints and claims due deliveries (SKIP LOCKED, held for
 * the timeout and a margin), one HTTP attempt each. A 2xx delivers; a 410 Gone disables the endpoint;
 * anything else is due again after the next wait of {@code shipgate.webhooks.retry-schedule} (give or
 * take a fifth), and after the last attempt the delivery is dead-lettered. A node that dies mid-attempt
 * leaves its claim to expire: another node attempts it again (at least once, the same webhook-id).
 *
 * <p>For throughput (docs/benchmarks.md, issue 16): a run that claimed a full batch claims the next at
 * once (a backlog is worked off without waiting an interval); a batch's attempts run on
 * {@code concurrency} virtual threads over the sender's one HTTP client (connections kept alive); the
 * claim brings each delivery's event and endpoint; the batch's successful deliveries are settled in
 * one statement after the batch. A batch waits for its slowest attempt (at most the timeout).
 */
@Component
class WebhookDispatcher extends DueWorkRoute<WebhookDeliveries.Delivery> implements AutoCloseable {

    static final double JITTER = 0.2;
    static final String DELIVERIES = "shipgate.webhooks.deliveries";

    private final WebhookDeliveries deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    /** Successful attempts of the runs in progress on this node, settled together after each batch. */
    private final Queue<WebhookDeliveries.Delivered> delivered = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookEndpointRepository endpoints, WebhookSender sender, WebhookSettings settings,
                      Clock clock, MeterRegistry meters,
                      @Value("${shipgate.webhooks.dispatcher.enabled:true}") boolean enabled,
                      @Value("${shipgate.webhooks.dispatcher.interval:100ms}") Duration interval,
                      @Value("${shipgate.webhooks.dispatcher.batch-size:200}") int batchSize,
                      @Value("${shipgate.webhooks.dispatcher.concurrency:64}") int concurrency) {
        // HTTP failures are retried on the schedule by work() itself; the route's own backoff only meets a failing database
        super("webhookDispatcher", Endpoints.DISPATCH_WEBHOOKS, new JobSettings(enabled, interval, batchSize), settings.maxAttempts(),
                settings.timeout.plusSeconds(30), new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10)), deliveries, clock);
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        if (concurrency < 1) {
            throw new IllegalArgumentException("shipgate.webhooks.dispatcher.concurrency must be at least 1, not " + concurrency);
        }
        this.threads = Executors.newFixedThreadPool(concurrency, Thread.ofVirtual().name("webhook-dispatch-", 0).factory());
    }

    /** HTTP calls in flight on this node: {@code shipgate.webhooks.dispatcher.concurrency} (virtual) threads. */
    @Override
    protected ExecutorService attemptThreads() {
        return threads;
    }

    @Override
    public void close() {
        threads.shutdown();
    }

    @Override
    protected String work(WebhookDeliveries.Delivery delivery) {
        WebhookEndpoint endpoint = delivery.endpoint();
        if (endpoint == null) {
            return "endpoint_deleted"; // its deliveries went with it
        }
        if (!WebhookEndpoint.ENABLED.equals(endpoint.state())) {
            deliveries.release(delivery);
            return "endpoint_" + endpoint.state();
        }
        Instant at = clock.instant();
        WebhookSender.Result result = sender.send(endpoint, delivery.message());
        WebhookDeliveries.Attempt attempt = new WebhookDeliveries.Attempt(at, result.statusCode(), result.latencyMs(), result.error());
        if (result.success()) {
            delivered.add(new WebhookDeliveries.Delivered(delivery, attempt)); // settled with the rest of the batch, afterRun()
            return "delivered";
        }
        if (result.statusCode() != null && result.statusCode() == 410) {
            deliveries.gone(delivery, attempt, endpoints);
            return "endpoint_gone";
        }
        if (delivery.attempts() >= settings.maxAttempts()) {
            deliveries.failed(delivery, attempt, null);
            return "dead_lettered";
        }
        deliveries.failed(delivery, attempt, clock.instant().plus(wait(delivery.attempts())));
        return "retry_scheduled";
    }

    /**
     * Settles the batch's successful deliveries in one statement. Should it fail, they stay claimed
     * until their hold ends and are sent again then (at least once; the same webhook-id).
     */
    @Override
    protected void afterRun() {
        List<WebhookDeliveries.Delivered> batch = new ArrayList<>();
        for (WebhookDeliveries.Delivered d; (d = delivered.poll()) != null; ) {
            batch.add(d);
        }
        deliveries.delivered(batch);
    }

    /** Counted (shipgate.webhooks.deliveries{outcome}); logged one by one at DEBUG only: a backlog is thousands a second. */
    @Override
    protected void settled(WebhookDeliveries.Delivery delivery, String outcome) {
        if ("delivered".equals(outcome)) {
            log.debug("webhookDispatcher {}: {}", delivery.id(), outcome);
        } else {
            super.settled(delivery, outcome);
        }
        meters.counter(DELIVERIES, "outcome", outcome).increment();
    }

    /** The wait after the {@code attempt}-th failed attempt: the schedule's, give or take a fifth. */
    private Duration wait(int attempt) {
        Duration base = settings.retrySchedule.get(Math.clamp(attempt - 1, 0, settings.retrySchedule.size() - 1));
        return Duration.ofMillis((long) (base.toMillis() * ThreadLocalRandom.current().nextDouble(1 - JITTER, 1 + JITTER)));
    }
}

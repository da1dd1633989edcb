package io.shipgate.routes.job;

import io.shipgate.routes.RouteConfigurations;
import org.apache.camel.builder.RouteBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A job that deletes rows past their retention:
 *
 * <pre>
 * timer:&lt;name&gt; (every interval, on every node where enabled) -> &lt;endpoint&gt;
 * &lt;endpoint&gt; (route &lt;name&gt;) -> delete up to batch-size rows older than now - retention (FOR UPDATE SKIP LOCKED),
 *                                again while a batch comes back full
 * </pre>
 *
 * Claiming a row and settling it are the same DELETE, so there is nothing to hold, retry or give up:
 * a run that fails leaves the rest to the next one.
 */
public final class PurgeRoute extends RouteBuilder {

    private final String name;
    private final String endpoint;
    private final JobSettings settings;
    private final Duration retention;
    private final Purge purge;
    private final Clock clock;

    /**
     * @param name      the job's name: its route id and timer name
     * @param endpoint  the {@code direct:} endpoint of one run (the timer sends there; so may a test)
     * @param retention how long a row is kept once purgeable
     */
    public PurgeRoute(String name, String endpoint, JobSettings settings, Duration retention, Purge purge, Clock clock) {
        this.name = name;
        this.endpoint = endpoint;
        this.settings = settings;
        this.retention = retention;
        this.purge = purge;
        this.clock = clock;
    }

    @Override
    public void configure() {
        settings.schedule(this, name, endpoint);

        from(endpoint).routeId(name)
                .routeConfigurationId(RouteConfigurations.BACKGROUND)
                .process(exchange -> purgeExpired());
    }

    private void purgeExpired() {
        Instant before = clock.instant().minus(retention);
        int purged = 0;
        int batch;
        do {
            batch = purge.purge(before, settings.batchSize());
            purged += batch;
        } while (batch == settings.batchSize());
        if (purged > 0) {
            log.info("{}: {} rows from before {} purged", name, purged, before);
        }
    }
}

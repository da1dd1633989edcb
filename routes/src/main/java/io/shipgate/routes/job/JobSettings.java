package io.shipgate.routes.job;

import io.shipgate.routes.RouteConfigurations;
import org.apache.camel.builder.RouteBuilder;

import java.time.Duration;

/**
 * A background job's configuration (each job reads its own keys: {@code <prefix>.enabled},
 * {@code .interval}, {@code .batch-size}).
 *
 * @param enabled   whether this node runs the job's timer (the job's {@code direct:} endpoint works either way)
 * @param interval  between two runs on this node; the first run comes one interval after the start (a {@link DueWorkRoute}
 *                  run that claims a full batch claims the next one at once)
 * @param batchSize items claimed (or rows deleted) by one statement
 */
public record JobSettings(boolean enabled, Duration interval, int batchSize) {

    public JobSettings {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a job's interval must be positive, not " + interval);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("a job's batch size must be at least 1, not " + batchSize);
        }
    }

    /**
     * The job's timer route ({@code <name>Timer}): every interval, on this node if enabled, a run of
     * {@code endpoint}. Synchronous: the timer waits for the run to end (parallel parts included), so
     * a node never has two runs of a job at once; the next comes one interval after the last ended
     * (left asynchronous, a run that outlasts the interval would be joined by another every interval,
     * their claims contending for the same rows).
     */
    void schedule(RouteBuilder routes, String name, String endpoint) {
        routes.from("timer:" + name + "?delay=" + interval.toMillis() + "&period=" + interval.toMillis() + "&synchronous=true")
                .routeId(name + "Timer")
                .routeConfigurationId(RouteConfigurations.BACKGROUND)
                .autoStartup(enabled)
                .to(endpoint);
    }
}

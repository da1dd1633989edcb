package io.shipgate.gateway.webhook;

import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.job.PurgeRoute;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Events fanned out to the webhook endpoints (DISPATCHED) are deleted from the outbox, with their
 * deliveries, {@code shipgate.outbox.retention} after the fan-out: a background job
 * ({@code shipgate.outbox.purge.*}) on every node, in batches. Events not fanned out yet, and those
 * with a delivery still pending (retrying, or waiting for a paused endpoint), are kept.
 */
@Configuration(proxyBeanMethods = false)
class OutboxPurge {

    @Bean
    PurgeRoute outboxPurgeRoute(Outbox outbox, Clock clock,
                                @Value("${shipgate.outbox.retention:7d}") Duration retention,
                                @Value("${shipgate.outbox.purge.enabled:true}") boolean enabled,
                                @Value("${shipgate.outbox.purge.interval:1h}") Duration interval,
                                @Value("${shipgate.outbox.purge.batch-size:1000}") int batchSize) {
        return new PurgeRoute("outboxPurge", Endpoints.PURGE_OUTBOX, new JobSettings(enabled, interval, batchSize), retention,
                outbox::purgeDispatched, clock);
    }
}

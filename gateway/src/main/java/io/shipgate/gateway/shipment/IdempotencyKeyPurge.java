package io.shipgate.gateway.shipment;

import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.job.PurgeRoute;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Completed idempotency keys (and their stored answers) are forgotten after
 * {@code shipgate.idempotency.retention}: a background job ({@code shipgate.idempotency.purge.*}) on
 * every node, in batches. Keys still held by a purchase are never purged (their intent settles them).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyPurge {

    @Bean
    PurgeRoute idempotencyKeyPurgeRoute(JdbcIdempotencyKeys keys, Clock clock,
                                        @Value("${shipgate.idempotency.retention:30d}") Duration retention,
                                        @Value("${shipgate.idempotency.purge.enabled:true}") boolean enabled,
                                        @Value("${shipgate.idempotency.purge.interval:1h}") Duration interval,
                                        @Value("${shipgate.idempotency.purge.batch-size:1000}") int batchSize) {
        return new PurgeRoute("idempotencyKeyPurge", Endpoints.PURGE_IDEMPOTENCY_KEYS, new JobSettings(enabled, interval, batchSize),
                retention, keys::purgeCompleted, clock);
    }
}

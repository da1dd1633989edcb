package io.shipgate.gateway.notify;

import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.job.PurgeRoute;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Settled customer messages (sent, skipped, failed, unknown) are deleted {@code shipgate.notifications.retention} after they
 * were queued: a background job ({@code shipgate.notifications.purge.*}) on every node, in batches. Pending and sending
 * ones are kept. A shipment's milestone could send again only if its carrier reported it again after the retention.
 */
@Configuration(proxyBeanMethods = false)
class NotificationPurge {

    static final String ENDPOINT = "direct:purgeNotifications";

    @Bean
    PurgeRoute notificationPurgeRoute(CustomerNotifications notifications, Clock clock,
                                      @Value("${shipgate.notifications.retention:180d}") Duration retention,
                                      @Value("${shipgate.notifications.purge.enabled:true}") boolean enabled,
                                      @Value("${shipgate.notifications.purge.interval:1h}") Duration interval,
                                      @Value("${shipgate.notifications.purge.batch-size:1000}") int batchSize) {
        return new PurgeRoute("notificationPurge", ENDPOINT, new JobSettings(enabled, interval, batchSize), retention,
                notifications::purgeSettled, clock);
    }
}

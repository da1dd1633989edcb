package io.shipgate.gateway.tracking;

import io.shipgate.gateway.shipment.ShipmentEvent;
import io.shipgate.gateway.shipment.ShipmentTracking;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.job.JobSettings;
import io.shipgate.routes.job.PurgeRoute;
import io.shipgate.routes.port.PushInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * The push intake's wiring in the gateway: a new shipment takes the tracking pushed for its AWB before it
 * existed, and processed pushes and never-matched tracking go after their retention
 * ({@code shipgate.tracking.intake.retention}, {@code .unmatched-retention}; purge jobs {@code shipgate.tracking.intake.purge.*}).
 */
@Configuration(proxyBeanMethods = false)
class PushIntake {

    private static final Logger LOG = LoggerFactory.getLogger(PushIntake.class);

    private final PushInbox inbox;
    private final ShipmentTracking shipments;
    private final TransactionTemplate savepoint;

    PushIntake(PushInbox inbox, ShipmentTracking shipments, PlatformTransactionManager transactions) {
        this.inbox = inbox;
        this.shipments = shipments;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * A shipment was stored: the tracking pushed for its account and AWB before, if any, is ingested in the
     * same transaction, behind a savepoint: a failure there is logged and leaves that tracking kept, never
     * undoes the purchase.
     */
    @EventListener
    public void created(ShipmentEvent.Created created) {
        try {
            savepoint.executeWithoutResult(tx -> shipments.find(created.tenantId(), created.shipmentId())
                    .ifPresent(s -> inbox.rematch(s.tenantId(), s.carrierAccountId(), s.ref().awb())));
        } catch (RuntimeException e) {
            LOG.warn("shipment {}: the tracking pushed before it was stored could not be matched: {}", created.shipmentId(), e.getMessage());
        }
    }

    @Bean
    PurgeRoute pushPurgeRoute(JdbcPushInbox pushes, Clock clock,
                              @Value("${shipgate.tracking.intake.retention:7d}") Duration retention,
                              @Value("${shipgate.tracking.intake.purge.enabled:true}") boolean enabled,
                              @Value("${shipgate.tracking.intake.purge.interval:1h}") Duration interval,
                              @Value("${shipgate.tracking.intake.purge.batch-size:1000}") int batchSize) {
        return new PurgeRoute("pushPurge", Endpoints.PURGE_PUSHES, new JobSettings(enabled, interval, batchSize), retention,
                pushes::purgeProcessed, clock);
    }

    @Bean
    PurgeRoute unmatchedPushPurgeRoute(JdbcPushInbox pushes, Clock clock,
                                       @Value("${shipgate.tracking.intake.unmatched-retention:30d}") Duration retention,
                                       @Value("${shipgate.tracking.intake.purge.enabled:true}") boolean enabled,
                                       @Value("${shipgate.tracking.intake.purge.interval:1h}") Duration interval,
                                       @Value("${shipgate.tracking.intake.purge.batch-size:1000}") int batchSize) {
        return new PurgeRoute("unmatchedPushPurge", Endpoints.PURGE_UNMATCHED_PUSHES, new JobSettings(enabled, interval, batchSize),
                retention, pushes::purgeUnmatched, clock);
    }
}

package io.shipgate.routes.shipment;

import io.shipgate.routes.Endpoints;
import io.shipgate.routes.port.IdempotencyKeys;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets completed idempotency keys once they are older than {@code shipgate.idempotency.retention}:
 * a timer on every node (deleting is idempotent), in batches so no statement runs long.
 */
@Component
public class IdempotencyKeyPurgeRoute extends RouteBuilder {

    private static final int BATCH = 1000;

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration retention;
    private final Duration every;

    public IdempotencyKeyPurgeRoute(IdempotencyKeys keys, Clock clock,
                                    @Value("${shipgate.idempotency.retention:30d}") Duration retention,
                                    @Value("${shipgate.idempotency.purge-every:1h}") Duration every) {
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
        this.every = every;
    }

    @Override
    public void configure() {
        from("timer:idempotencyKeyPurge?delay=" + every.toMillis() + "&period=" + every.toMillis())
                .routeId("idempotencyKeyPurgeTimer")
                .to(Endpoints.PURGE_IDEMPOTENCY_KEYS);

        from(Endpoints.PURGE_IDEMPOTENCY_KEYS).routeId("purgeIdempotencyKeys")
                .process(exchange -> {
                    Instant before = clock.instant().minus(retention);
                    int purged = 0;
                    int batch;
                    do {
                        batch = keys.purgeCompleted(before, BATCH);
                        purged += batch;
                    } while (batch == BATCH);
                    if (purged > 0) {
                        log.info("forgot {} idempotency keys completed before {}", purged, before);
                    }
                });
    }
}

package io.shipgate.routes.carrier;

import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierContext;

import java.time.Duration;
import java.util.UUID;

/**
 * A tenant's carrier account ready to call: its adapter, the context (account with decrypted
 * credentials, endpoint, transport, clock) and the time budget for one operation.
 */
public record CarrierConnection(UUID tenantId, CarrierAdapter adapter, CarrierContext context, Duration operationTimeout) {

    public UUID accountId() {
        return context.account().id();
    }

    public String carrier() {
        return adapter.code();
    }

    /** This connection for one purchase the carrier should deduplicate by {@code key} (see {@link CarrierContext#idempotencyKey()}). */
    public CarrierConnection withIdempotencyKey(String key) {
        return new CarrierConnection(tenantId, adapter, context.withIdempotencyKey(key), operationTimeout);
    }

    /** The circuit breaker's name: one breaker per carrier account. */
    public String breakerName() {
        return breakerName(carrier(), accountId());
    }

    /** The circuit breaker's name of a carrier account. */
    public static String breakerName(String carrier, UUID accountId) {
        return carrier + ":" + accountId;
    }
}

package io.shipgate.carrier.spi;

import io.shipgate.carrier.http.CarrierHttpRequest;
import io.shipgate.carrier.http.CarrierTransport;

import java.time.Clock;

/**
 * Everything an adapter operation needs besides its request: the account, where to reach the
 * carrier, the shared HTTP transport and the clock (tests fix it).
 *
 * @param idempotencyKey for a purchase (createShipment, createReturn): a key the carrier should
 *                       deduplicate retries by, where its API has such a header; null otherwise.
 *                       The same purchase retried after a timeout carries the same key, so a carrier
 *                       that honours it never sells a second label.
 */
public record CarrierContext(CarrierAccount account, CarrierEndpoint endpoint, CarrierTransport transport, Clock clock,
                             String idempotencyKey) {

    public CarrierContext(CarrierAccount account, CarrierEndpoint endpoint, CarrierTransport transport, Clock clock) {
        this(account, endpoint, transport, clock, null);
    }

    /** This context for one purchase the carrier should deduplicate by {@code key}. */
    public CarrierContext withIdempotencyKey(String key) {
        return new CarrierContext(account, endpoint, transport, clock, key);
    }

    /** Starts an HTTP request to this account's carrier endpoint, timed as {@code operation}. */
    public CarrierHttpRequest.Builder request(String operation, String method, String path) {
        return CarrierHttpRequest.builder(account.carrier(), operation, method, endpoint.resolve(path))
                .timeout(endpoint.timeout());
    }

    public String carrier() {
        return account.carrier();
    }
}

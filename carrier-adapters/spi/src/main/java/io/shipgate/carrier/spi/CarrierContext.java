package io.shipgate.carrier.spi;

import io.shipgate.carrier.http.CarrierHttpRequest;
import io.shipgate.carrier.http.CarrierTransport;

import java.time.Clock;

/**
 * Everything an adapter operation needs besides its request: the account, where to reach the
 * carrier, the shared HTTP transport and the clock (tests fix it).
 */
public record CarrierContext(CarrierAccount account, CarrierEndpoint endpoint, CarrierTransport transport, Clock clock) {

    /** Starts an HTTP request to this account's carrier endpoint, timed as {@code operation}. */
    public CarrierHttpRequest.Builder request(String operation, String method, String path) {
        return CarrierHttpRequest.builder(account.carrier(), operation, method, endpoint.resolve(path))
                .timeout(endpoint.timeout());
    }

    public String carrier() {
        return account.carrier();
    }
}

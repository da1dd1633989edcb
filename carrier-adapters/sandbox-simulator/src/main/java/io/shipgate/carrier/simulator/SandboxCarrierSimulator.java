package io.shipgate.carrier.simulator;

import io.shipgate.carrier.spi.CarrierSimulator;

import java.net.URI;
import java.time.Clock;

/**
 * How a gateway starts this simulator without compiling against it: the {@link CarrierSimulator}
 * of the {@code sandbox} carrier, a {@link SandboxSimulatorServer} around a {@link SandboxSimulator}
 * on 127.0.0.1.
 */
public final class SandboxCarrierSimulator implements CarrierSimulator {

    /** The sandbox adapter's carrier code (the adapter is not a dependency of this module). */
    public static final String CARRIER_CODE = "sandbox";

    @Override
    public String carrierCode() {
        return CARRIER_CODE;
    }

    @Override
    public Running start(Clock clock, byte[] secret, int port) {
        SandboxSimulator simulator = new SandboxSimulator(clock, secret);
        SandboxSimulatorServer server = new SandboxSimulatorServer(simulator);
        URI baseUrl = URI.create("http://127.0.0.1:" + server.start(port));
        return new Running() {
            @Override
            public URI baseUrl() {
                return baseUrl;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                if (type.isInstance(simulator)) {
                    return type.cast(simulator);
                }
                throw new IllegalArgumentException("the sandbox simulator is not a " + type.getName());
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}

package io.shipgate.carrier.spi;

import java.net.URI;
import java.time.Clock;

/**
 * A simulated carrier a gateway can run beside itself (demo mode): plain Java, serving the
 * carrier's HTTP API on 127.0.0.1 only, found with {@link java.util.ServiceLoader} like the
 * adapters ({@code META-INF/services/io.shipgate.carrier.spi.CarrierSimulator}). The gateway knows
 * simulators through this interface only and has them on its runtime classpath, never its compile
 * one; the adapter of {@link #carrierCode()} talks to a running one over HTTP like to the real
 * carrier.
 */
public interface CarrierSimulator {

    /** The code of the carrier whose adapter calls it, e.g. {@code sandbox}. */
    String carrierCode();

    /**
     * Starts one listening on 127.0.0.1.
     *
     * @param clock  the simulator's time (tracking advances with it)
     * @param secret at least 16 bytes; the same secret across restarts keeps what it sold bound to
     *               the accounts that bought it
     * @param port   the port, or 0 for any free one
     * @return the running simulator; closing it stops it
     */
    Running start(Clock clock, byte[] secret, int port);

    /** A started simulator. */
    interface Running extends AutoCloseable {

        /** Where it listens: {@code http://127.0.0.1:<port>}. */
        URI baseUrl();

        /**
         * The simulator's own object, for a test that inspects what it did (the sandbox's
         * {@code SandboxSimulator}), when it is of that type.
         *
         * @throws IllegalArgumentException when it is not
         */
        <T> T unwrap(Class<T> type);

        /** Stops listening; requests still running are interrupted. */
        @Override
        void close();
    }
}

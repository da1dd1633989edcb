package io.shipgate.carrier.simulator;

import io.shipgate.carrier.spi.CarrierSimulator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The port a gateway starts the simulator through, found as the gateway finds it. */
class SandboxCarrierSimulatorTest {

    @Test
    void foundWithServiceLoaderItServesTheSandboxApiOnLoopbackUntilClosed() throws Exception {
        CarrierSimulator found = ServiceLoader.load(CarrierSimulator.class).stream().map(ServiceLoader.Provider::get)
                .filter(simulator -> simulator.carrierCode().equals("sandbox")).findFirst().orElseThrow();
        URI base;
        try (CarrierSimulator.Running running = found.start(Clock.systemUTC(), new byte[32], 0)) {
            base = running.baseUrl();
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            assertThat(get(base.resolve("/v1/tracking/SB1")).statusCode()).isEqualTo(401);
            assertThat(running.unwrap(SandboxSimulator.class).calls()).isZero();
            assertThatThrownBy(() -> running.unwrap(String.class)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> get(base.resolve("/v1/tracking/SB1"))).isInstanceOf(ConnectException.class);
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

package io.shipgate.gateway.carrier;

import io.shipgate.gateway.platform.secrets.CredentialCipher;
import io.shipgate.carrier.sandbox.SandboxCarrier;
import io.shipgate.carrier.sandbox.SandboxSettings;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.simulator.SandboxSimulator;
import io.shipgate.carrier.spi.CarrierDescriptor;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.AdapterTestContext;
import io.shipgate.carrier.testkit.SampleRequests;
import io.shipgate.gateway.platform.ClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When the gateway runs the sandbox carrier's simulator, read from application.yml as the gateway
 * reads it: in demo mode (no database URL) or when told to, never by default with a database URL.
 */
class SandboxSimulatorConfigurationTest {

    private static final String EXTERNAL_DATABASE = "spring.datasource.url=jdbc:postgresql://db.example:5432/shipgate";
    private static final String DEMO_MODE = "spring.datasource.url="; // what an unset SHIPGATE_DB_URL maps to
    private static final CarrierDescriptor SANDBOX = new SandboxCarrier().descriptor();

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withPropertyValues("shipgate.secrets.credentials-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
            .withUserConfiguration(CarrierBeans.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CarrierProperties.class)
    @Import({ClockConfiguration.class, CredentialCipher.class, EmbeddedSandboxSimulator.class, CarrierEndpoints.class})
    static class CarrierBeans {
    }

    @Test
    void withADatabaseUrlAndNoSettingTheSimulatorDoesNotRun() {
        gateway.withPropertyValues(EXTERNAL_DATABASE).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedSandboxSimulator.class);
            assertThat(sandboxUrl(context)).isEqualTo(SANDBOX.defaultBaseUrl());
        });
    }

    @Test
    void inDemoModeItListensOnALoopbackPortTheSandboxAdapterCallsAndStopsWithTheGateway() {
        AtomicReference<URI> listened = new AtomicReference<>();
        gateway.withPropertyValues(DEMO_MODE).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EmbeddedSandboxSimulator.class);
            EmbeddedSandboxSimulator simulator = context.getBean(EmbeddedSandboxSimulator.class);
            listened.set(simulator.baseUrl());
            assertThat(simulator.baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(sandboxUrl(context)).isEqualTo(simulator.baseUrl());

            String awb = new SandboxCarrier().createShipment(account(simulator.baseUrl(), "a-key"), SampleRequests.domestic()).awb();

            assertThat(simulator.running().unwrap(SandboxSimulator.class).soldAwbs()).containsExactly(awb);
            assertThat(simulator.running().unwrap(SandboxSimulator.class).calls()).isEqualTo(1);
        });
        assertThatThrownBy(() -> connect(listened.get())).as("after the gateway stopped").isInstanceOf(ConnectException.class);
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        gateway.withPropertyValues(EXTERNAL_DATABASE, "shipgate.sandbox-carrier.simulator-enabled=true")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(EmbeddedSandboxSimulator.class));
        gateway.withPropertyValues(DEMO_MODE, "shipgate.sandbox-carrier.simulator-enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedSandboxSimulator.class);
            assertThat(sandboxUrl(context)).isEqualTo(SANDBOX.defaultBaseUrl());
        });
    }

    @Test
    void aConfiguredPortAndBaseUrlAreUsed() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        gateway.withPropertyValues(DEMO_MODE, "shipgate.sandbox-carrier.simulator-port=" + free,
                "shipgate.carriers.sandbox.base-url=http://sandbox.example:8099").run(context -> {
            assertThat(context.getBean(EmbeddedSandboxSimulator.class).baseUrl()).isEqualTo(URI.create("http://127.0.0.1:" + free));
            assertThat(sandboxUrl(context)).isEqualTo(URI.create("http://sandbox.example:8099"));
        });
    }

    @Test
    void labelsStayBoundToTheirAccountAcrossRestartsWithTheSameCredentialsKey() {
        AtomicReference<String> awb = new AtomicReference<>();
        gateway.withPropertyValues(DEMO_MODE).run(context -> awb.set(new SandboxCarrier()
                .createShipment(account(context.getBean(EmbeddedSandboxSimulator.class).baseUrl(), "a-key"), SampleRequests.domestic())
                .awb()));

        gateway.withPropertyValues(DEMO_MODE).run(context -> {
            URI restarted = context.getBean(EmbeddedSandboxSimulator.class).baseUrl();
            SandboxCarrier adapter = new SandboxCarrier();
            assertThat(adapter.track(account(restarted, "a-key"), ShipmentRef.awb(awb.get())).awb()).isEqualTo(awb.get());
            assertThatThrownBy(() -> adapter.cancelShipment(account(restarted, "another-key"), ShipmentRef.awb(awb.get())))
                    .isInstanceOfSatisfying(CarrierException.class, e -> assertThat(e.carrierCode()).isEqualTo("NOT_FOUND"));
        });
    }

    private static URI sandboxUrl(AssertableApplicationContext context) {
        return context.getBean(CarrierEndpoints.class).resolve(SANDBOX).baseUrl();
    }

    private static io.shipgate.carrier.spi.CarrierContext account(URI simulator, String apiKey) {
        return AdapterTestContext.of(SandboxCarrier.CODE, simulator.toString(), Map.of(), Map.of(SandboxSettings.API_KEY, apiKey),
                Clock.systemUTC());
    }

    private static void connect(URI uri) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
        }
    }
}

package io.shipgate.gateway.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One WireMock server per test JVM standing in for the real carriers' APIs: every real carrier's
 * base URL ({@code shipgate.carriers.<code>.base-url}) points at it, so integration tests stub the
 * carrier's published example answers and drive the gateway's REST API end to end. Carrier paths
 * do not overlap (UPS /api/..., FedEx /rate/v1/..., ...); a test resets the stubs it made.
 */
public final class CarrierMocks {

    /**
     * The carriers whose base URL points at the mock: every registered carrier ({@link CarrierModules})
     * but the sandbox, whose simulator the gateway runs itself.
     */
    public static final List<String> CARRIERS = CarrierModules.codes().stream()
            .filter(code -> !CarrierModules.SANDBOX.equals(code))
            .toList();

    private CarrierMocks() {
    }

    public static WireMockServer server() {
        return Holder.SERVER;
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + server().port();
    }

    private static final class Holder {
        static final WireMockServer SERVER = start();

        private static WireMockServer start() {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "carrier-mocks-stop"));
            return server;
        }
    }

    /** Points every real carrier's base URL at the mock. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new HashMap<>();
            CARRIERS.forEach(code -> properties.put("shipgate.carriers." + code + ".base-url", baseUrl()));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shipgate-carrier-mocks", properties));
        }
    }
}

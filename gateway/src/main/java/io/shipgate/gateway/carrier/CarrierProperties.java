package io.shipgate.gateway.carrier;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Per-carrier configuration, {@code shipgate.carriers.<code>.*}.
 *
 * @param carriers by carrier code: base URL (production, the carrier's test system, or WireMock),
 *                 the timeout of one HTTP call, and of one whole operation (which may take several
 *                 calls, e.g. an OAuth token then the request)
 */
@ConfigurationProperties("shipgate")
public record CarrierProperties(Map<String, Carrier> carriers) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_OPERATION_TIMEOUT = Duration.ofSeconds(30);

    public CarrierProperties {
        carriers = carriers == null ? Map.of() : Map.copyOf(carriers);
    }

    public record Carrier(URI baseUrl, Duration timeout, Duration operationTimeout) {
    }

    public Carrier of(String carrier) {
        Carrier c = carriers.get(carrier);
        return new Carrier(c == null ? null : c.baseUrl(),
                c == null || c.timeout() == null ? DEFAULT_TIMEOUT : c.timeout(),
                c == null || c.operationTimeout() == null ? DEFAULT_OPERATION_TIMEOUT : c.operationTimeout());
    }
}

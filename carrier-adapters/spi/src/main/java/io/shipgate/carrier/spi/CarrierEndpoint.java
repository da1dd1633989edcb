package io.shipgate.carrier.spi;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how long: the base URL a carrier account's calls go to (production, the carrier's
 * test system, WireMock in tests) and the time a single HTTP call may take.
 */
public record CarrierEndpoint(URI baseUrl, Duration timeout) {

    public URI resolve(String path) {
        String base = baseUrl.toString();
        if (base.endsWith("/") && path.startsWith("/")) {
            return URI.create(base + path.substring(1));
        }
        if (!base.endsWith("/") && !path.startsWith("/") && !path.isEmpty()) {
            return URI.create(base + "/" + path);
        }
        return URI.create(base + path);
    }
}

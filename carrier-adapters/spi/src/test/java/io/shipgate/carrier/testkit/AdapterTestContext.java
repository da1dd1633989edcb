package io.shipgate.carrier.testkit;

import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierEndpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Builds the {@link CarrierContext} an adapter test calls with: an account, a base URL (WireMock), a clock. */
public final class AdapterTestContext {

    private static final CarrierTransport TRANSPORT = CarrierTransport.standalone();

    private AdapterTestContext() {
    }

    public static CarrierContext of(String carrier, String baseUrl, Map<String, String> settings,
                                    Map<String, String> credentials, Clock clock) {
        CarrierAccount account = new CarrierAccount(UUID.nameUUIDFromBytes((carrier + settings).getBytes()), carrier, settings, credentials);
        return new CarrierContext(account, new CarrierEndpoint(URI.create(baseUrl), Duration.ofSeconds(5)), TRANSPORT, clock);
    }

    /** A test resource as text, e.g. {@code fixture("/ups/rate/response.json")}. */
    public static String fixture(String path) {
        try (InputStream in = AdapterTestContext.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

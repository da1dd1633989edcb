package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.testkit.AdapterTestContext;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A DHL Express test account against WireMock. The base URL carries a path, as MyDHL's does
 * ({@code .../mydhlapi/test}), so every stub proves the adapter's paths are relative to it.
 */
final class DhlTestAccount {

    static final String BASE_PATH = "/mydhlapi/test";
    static final String ACCOUNT_NUMBER = "123456789";
    static final Map<String, String> CREDENTIALS = Map.of(DhlSettings.API_KEY, "apiKeyAbc", DhlSettings.API_SECRET, "s3cr3t!");
    /** {@code Basic base64(apiKeyAbc:s3cr3t!)}. */
    static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString("apiKeyAbc:s3cr3t!".getBytes(StandardCharsets.UTF_8));
    /** 24 November 2026, 08:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    static final DhlExpressCarrier CARRIER = new DhlExpressCarrier();

    private DhlTestAccount() {
    }

    static CarrierContext context(WireMockRuntimeInfo wm) {
        return context(wm, Map.of());
    }

    static CarrierContext context(WireMockRuntimeInfo wm, Map<String, String> extraSettings) {
        Map<String, String> settings = new HashMap<>(extraSettings);
        settings.putIfAbsent(DhlSettings.ACCOUNT_NUMBER, ACCOUNT_NUMBER);
        return AdapterTestContext.of(DhlExpressCarrier.CODE, wm.getHttpBaseUrl() + BASE_PATH, settings, CREDENTIALS, CLOCK);
    }

    static String path(String path) {
        return BASE_PATH + path;
    }

    static String fixture(String path) {
        return AdapterTestContext.fixture("/dhl-express/" + path);
    }

    static CarrierException failure(Executable call) {
        try {
            call.execute();
        } catch (CarrierException e) {
            return e;
        } catch (Throwable e) {
            throw new AssertionError("expected a CarrierException", e);
        }
        throw new AssertionError("expected a CarrierException, the call succeeded");
    }
}

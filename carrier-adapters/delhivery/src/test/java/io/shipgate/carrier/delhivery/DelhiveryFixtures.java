package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.testkit.AdapterTestContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** What every Delhivery test shares: the account, the clock, the fixtures and the stubs of the pincode API. */
final class DelhiveryFixtures {

    static final String TOKEN = "9f3c2b7d1e4a6058b2c9d7e1f0a3b5c4d6e8f0a1";
    static final String WEBHOOK_TOKEN = "whk_5d1f8a2c9e7b4036";
    static final String WAREHOUSE = "KIRANA SURFACE";
    static final String AWB = "36391910012345";
    static final String RETURN_AWB = "36391910012356";
    /** 10:00 in India on 24 November 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:30:00Z"), ZoneOffset.UTC);

    private DelhiveryFixtures() {
    }

    static CarrierContext context(WireMockRuntimeInfo wm) {
        return context(wm, Map.of(DelhiverySettings.API_TOKEN, TOKEN, DelhiverySettings.WEBHOOK_TOKEN, WEBHOOK_TOKEN));
    }

    static CarrierContext context(WireMockRuntimeInfo wm, Map<String, String> credentials) {
        return AdapterTestContext.of(DelhiveryCarrier.CODE, wm.getHttpBaseUrl(), Map.of(DelhiverySettings.PICKUP_LOCATION, WAREHOUSE),
                credentials, CLOCK);
    }

    /** A fixture under {@code /delhivery/}, with {@code {{base_url}}} pointing at WireMock. */
    static String fixture(WireMockRuntimeInfo wm, String path) {
        return AdapterTestContext.fixture("/delhivery/" + path).replace("{{base_url}}", wm.getHttpBaseUrl());
    }

    static String fixture(String path) {
        return AdapterTestContext.fixture("/delhivery/" + path);
    }

    static byte[] bytes(String path) {
        try (InputStream in = DelhiveryFixtures.class.getResourceAsStream("/delhivery/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder ok(String path) {
        return okJson(fixture(path));
    }

    static ResponseDefinitionBuilder status(int status, String path) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(fixture(path));
    }

    static void stubPincode(String pin, String path) {
        stubFor(get(urlPathEqualTo("/c/api/pin-codes/json/")).withQueryParam("filter_codes", equalTo(pin)).willReturn(ok(path)));
    }

    static JsonNode json(String text) {
        try {
            return CarrierJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body. */
    static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
    }

    /** The exception {@code call} throws. */
    static CarrierException failure(Runnable call) {
        try {
            call.run();
        } catch (CarrierException e) {
            return e;
        }
        throw new AssertionError("expected a CarrierException");
    }
}

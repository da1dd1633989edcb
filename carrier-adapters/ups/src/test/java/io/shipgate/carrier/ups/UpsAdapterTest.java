package io.shipgate.carrier.ups;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.testkit.AdapterTestContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every UPS operation test shares: a WireMock UPS serving the fixtures, the OAuth token
 * endpoint answering with the fixture token, an account (client {@code test-client}, shipper
 * number {@code 1A2B3C}) and a fixed clock (2026-11-24).
 */
abstract class UpsAdapterTest {

    static final String TOKEN = "eyJ-fixture-token";
    static final String CLIENT_ID = "test-client";
    static final String CLIENT_SECRET = "test-secret";
    static final String WEBHOOK_CREDENTIAL = "ups-webhook-credential-1";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension ups = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final UpsCarrier carrier = new UpsCarrier();

    CarrierContext context() {
        return context(Map.of(UpsSettings.ACCOUNT_NUMBER, "1A2B3C"));
    }

    CarrierContext context(Map<String, String> settings) {
        return context(settings, CLOCK);
    }

    CarrierContext context(Map<String, String> settings, Clock clock) {
        ups.stubFor(post(urlEqualTo(UpsClient.TOKEN_PATH))
                .willReturn(json(AdapterTestContext.fixture("/ups/oauth/token.json"))));
        return AdapterTestContext.of(UpsCarrier.CODE, ups.baseUrl(), settings,
                Map.of(UpsSettings.CLIENT_ID, CLIENT_ID, UpsSettings.CLIENT_SECRET, CLIENT_SECRET,
                        UpsSettings.WEBHOOK_CREDENTIAL, WEBHOOK_CREDENTIAL), clock);
    }

    /** Serves {@code fixture} to the request {@code mapping} matches, as UPS would: JSON, 200. */
    static void answer(MappingBuilder mapping, String fixture) {
        ups.stubFor(mapping.willReturn(json(AdapterTestContext.fixture(fixture))));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The one request sent to {@code path}, after checking the headers every UPS API call carries. */
    static LoggedRequest sentTo(String path) {
        List<LoggedRequest> requests = ups.findAll(WireMock.anyRequestedFor(WireMock.urlPathEqualTo(path)));
        assertThat(requests).as("requests to %s", path).hasSize(1);
        LoggedRequest request = requests.getFirst();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("transId")).matches("[0-9a-f]{32}");
        assertThat(request.getHeader("transactionSrc")).isEqualTo(UpsClient.TRANSACTION_SRC);
        return request;
    }

    /** Checks the token was fetched as UPS's OAuth spec says: basic auth, form body, the shipper number. */
    /** A body the adapter sent, as a tree to look into. */
    static com.fasterxml.jackson.databind.JsonNode tree(byte[] body) {
        try {
            return io.shipgate.carrier.spi.CarrierJson.mapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void verifyTokenRequest(int times) {
        ups.verify(times, postRequestedFor(urlEqualTo(UpsClient.TOKEN_PATH))
                .withHeader("Authorization", equalTo("Basic " + java.util.Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes())))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("x-merchant-id", equalTo("1A2B3C"))
                .withRequestBody(matching("grant_type=client_credentials")));
    }
}

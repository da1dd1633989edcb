package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.testkit.AdapterTestContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** What the FedEx adapter tests share: an account, a fixed clock, FedEx's token answer, fixtures and the requests FedEx received. */
final class FedExTestSupport {

    static final String CLIENT_ID = "l7xx1cb26690fadd4b2789e0888a96b80ee2";
    static final String CLIENT_SECRET = "secret-7a1d";
    static final String ACCOUNT_NUMBER = "740561073";
    static final String TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.test-token-1";
    /** 2026-11-24, 10:00 in New York. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

    private FedExTestSupport() {
    }

    static CarrierContext context(String baseUrl) {
        return context(baseUrl, Map.of(), Map.of(), CLOCK);
    }

    static CarrierContext context(String baseUrl, Map<String, String> settings, Map<String, String> credentials, Clock clock) {
        Map<String, String> s = new HashMap<>(Map.of(FedExSettings.ACCOUNT_NUMBER, ACCOUNT_NUMBER));
        s.putAll(settings);
        Map<String, String> c = new HashMap<>(Map.of(FedExSettings.CLIENT_ID, CLIENT_ID, FedExSettings.CLIENT_SECRET, CLIENT_SECRET));
        c.putAll(credentials);
        return AdapterTestContext.of(FedExCarrier.CODE, baseUrl, s, c, clock);
    }

    /** FedEx's OAuth token endpoint answering the test account's client credentials. */
    static void stubToken(WireMock wireMock) {
        wireMock.register(post(urlEqualTo("/oauth/token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET))
                .willReturn(okJson(fixture("auth/token_response.json"))));
    }

    static String fixture(String path) {
        return AdapterTestContext.fixture("/fedex/" + path);
    }

    static JsonNode json(String path) {
        return parse(fixture(path));
    }

    static JsonNode parse(String json) {
        try {
            return CarrierJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON body of the only request FedEx received at {@code path}, after checking it carried the bearer token. */
    static JsonNode sent(WireMock wireMock, String method, String path) {
        List<LoggedRequest> requests = wireMock.find(new RequestPatternBuilder(RequestMethod.fromString(method), urlEqualTo(path)));
        assertThat(requests).as(method + " " + path).hasSize(1);
        LoggedRequest request = requests.getFirst();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("X-locale")).isEqualTo("en_US");
        return parse(request.getBodyAsString());
    }

    static ResponseDefinitionBuilder fedexError(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(fixture(fixture));
    }

    /** The request the adapter built, compared with the expected FedEx JSON of {@code expected}. */
    static void assertRequest(JsonNode sent, String expected) {
        assertThat(sent).isEqualTo(json(expected));
    }
}

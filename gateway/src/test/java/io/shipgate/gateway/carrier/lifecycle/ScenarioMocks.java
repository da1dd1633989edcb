package io.shipgate.gateway.carrier.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Stub;
import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Verification;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.CarrierModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A scenario's carrier side in {@code CarrierMocks}' WireMock: its stubs, and what the carrier must have received. */
final class ScenarioMocks {

    private final String carrier;
    private final WireMockServer server;

    ScenarioMocks(String carrier, WireMockServer server) {
        this.carrier = carrier;
        this.server = server;
    }

    void stub(List<Stub> stubs) {
        stubs.forEach(this::stub);
    }

    private void stub(Stub stub) {
        MappingBuilder mapping = request(stub.method(), url(stub.url(), stub.urlPath()));
        if (stub.query() != null) {
            stub.query().forEach((name, value) -> mapping.withQueryParam(name, equalTo(value)));
        }
        if (stub.requestBody() != null) {
            mapping.withRequestBody(equalTo(stub.requestBody()));
        }
        ResponseDefinitionBuilder answer = aResponse().withStatus(stub.status() == null ? 200 : stub.status());
        Map<String, String> headers = stub.headers() == null ? Map.of() : stub.headers();
        headers.forEach(answer::withHeader);
        if (stub.body() != null) {
            if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
                answer.withHeader("Content-Type", contentType(stub.body()));
            }
            if (stub.body().endsWith(".json") || stub.body().endsWith(".xml") || stub.body().endsWith(".txt")) {
                answer.withBody(CarrierModules.text(carrier, stub.body()));
            } else {
                answer.withBody(CarrierModules.bytes(carrier, stub.body()));
            }
        }
        server.stubFor(mapping.willReturn(answer));
    }

    void verify(List<Verification> verifications) {
        verifications.forEach(this::verify);
    }

    private void verify(Verification expected) {
        RequestPatternBuilder pattern = new RequestPatternBuilder(RequestMethod.fromString(expected.method()),
                url(expected.url(), expected.urlPath()));
        each(expected.query(), (name, value) -> pattern.withQueryParam(name, equalTo(value)));
        each(expected.headers(), (name, value) -> pattern.withHeader(name, equalTo(value)));
        each(expected.headersMatching(), (name, value) -> pattern.withHeader(name, matching(value)));
        if (expected.absentHeaders() != null) {
            expected.absentHeaders().forEach(name -> pattern.withHeader(name, absent()));
        }
        List<LoggedRequest> received = server.findAll(pattern);
        String what = carrier + " received " + expected.method() + " " + (expected.url() == null ? expected.urlPath() : expected.url())
                + " as the scenario expects (query, headers); all it received: " + server.getAllServeEvents().stream()
                .map(event -> event.getRequest().getMethod() + " " + event.getRequest().getUrl()).toList();
        if (expected.count() == null) {
            assertThat(received).as(what).isNotEmpty();
        } else {
            assertThat(received).as(what).hasSize(expected.count());
        }
        for (LoggedRequest request : received) {
            String body = request.getBodyAsString();
            if (expected.json() != null) {
                assertThat(equalToJson(expected.json().toString(), false, true).match(body).isExactMatch())
                        .as(carrier + " " + request.getUrl() + " body %s holds %s", body, expected.json()).isTrue();
            }
            paths(request.getUrl(), body, expected.jsonPaths());
            if (expected.jsonPathsPresent() != null) {
                for (String path : expected.jsonPathsPresent()) {
                    Object found = JsonPath.read(body, path);
                    assertThat(found instanceof List<?> list ? !list.isEmpty() : found != null)
                            .as(carrier + " " + request.getUrl() + " body has " + path + ": " + body).isTrue();
                }
            }
            if (expected.formJson() != null) {
                String json = form(body).get(expected.formJson().field());
                assertThat(json).as(carrier + " " + request.getUrl() + " form field " + expected.formJson().field()).isNotNull();
                paths(request.getUrl(), json, expected.formJson().jsonPaths());
            }
        }
    }

    private void paths(String url, String json, Map<String, String> paths) {
        each(paths, (path, value) -> {
            Object actual = JsonPath.read(json, path);
            String as = carrier + " " + url + " " + path + " in " + json;
            if (actual instanceof Number number) {
                assertThat(new BigDecimal(number.toString())).as(as).isEqualByComparingTo(value);
            } else {
                assertThat(String.valueOf(actual)).as(as).isEqualTo(value);
            }
        });
    }

    /** Whether a JSON answer's value at a dotted path ({@code options.cod.currency}, {@code documents.0.type}) is {@code expected}. */
    static void assertField(JsonNode answer, String dotted, String expected, String what) {
        JsonNode actual = answer.at("/" + dotted.replace('.', '/'));
        assertThat(actual.isMissingNode()).as(what + ": " + dotted + " in " + answer).isFalse();
        if (actual.isNumber()) {
            assertThat(actual.decimalValue()).as(what + ": " + dotted).isEqualByComparingTo(expected);
        } else {
            assertThat(actual.asText()).as(what + ": " + dotted).isEqualTo(expected);
        }
    }

    private static UrlPattern url(String url, String urlPath) {
        if ((url == null) == (urlPath == null)) {
            throw new IllegalArgumentException("a stub or verification has either url or url_path: " + url + ", " + urlPath);
        }
        return url != null ? urlEqualTo(url) : urlPathEqualTo(urlPath);
    }

    private static String contentType(String file) {
        if (file.endsWith(".json")) {
            return "application/json";
        }
        if (file.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (file.endsWith(".xml")) {
            return "application/xml";
        }
        return file.endsWith(".png") ? "image/png" : "text/plain";
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void each(Map<String, String> entries, java.util.function.BiConsumer<String, String> action) {
        if (entries != null) {
            entries.forEach(action);
        }
    }

    static JsonNode parse(String json) {
        try {
            return Api.json().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

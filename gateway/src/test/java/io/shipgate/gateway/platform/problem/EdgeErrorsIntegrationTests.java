package io.shipgate.gateway.platform.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer at the edge is a problem: Tomcat's own errors, the error page, Spring Security's
 * 401; API answers carry the security headers; a client error is one INFO line in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class EdgeErrorsIntegrationTests extends ApiIntegrationTest {

    @Test
    void tomcatsOwnErrorsAreProblemsNotHtml() throws IOException {
        String tooLargeHeader = "GET /v1/shipments HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n";
        String encodedSlash = "GET /v1/shipments/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        String malformed = "GET /v1/ship ments HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        String badHeader = "GET /v1/shipments HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n";
        // Spring Security's firewall: a path parameter in the URL, and a header value with a control character read by a controller
        String firewalledPath = "GET /v1/shipments;jsessionid=x HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + merchant.key()
                + "\r\nConnection: close\r\n\r\n";
        String firewalledHeader = "POST /v1/shipments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + merchant.key()
                + "\r\nIdempotency-Key: order-\u0085\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
        for (String request : new String[] {tooLargeHeader, encodedSlash, malformed, badHeader, firewalledPath, firewalledHeader}) {
            RawResponse response = raw(request);
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.header("content-type")).as(response.text()).startsWith("application/problem+json");
            JsonNode problem = Api.json().readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("type").asText()).endsWith("/malformed-request");
            assertThat(response.text()).doesNotContain("<html").doesNotContain("Tomcat");
        }
    }

    @Test
    void theErrorPageIsAProblemAndNeverStatus999() {
        for (String key : new String[] {null, merchant.key()}) {
            Api.Response error = api.get("/error", key);
            assertThat(error.status()).isEqualTo(404);
            assertThat(error.contentType()).startsWith("application/problem+json");
            assertThat(error.json().get("status").asInt()).isEqualTo(404);
            assertThat(error.json().toString()).doesNotContain("999");
        }
        Api.Response unknown = api.get("/v1/no-such-thing", merchant.key());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Api.Response method = api.send("PUT", "/v1/shipments", merchant.key(), null);
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
    }

    @Test
    void withoutAValidKeyTheAnswerIsA401ProblemAndAnswersCarrySecurityHeaders() {
        Api.Response none = api.get("/v1/shipments", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"shipgate\"");
        assertThat(none.json().get("type").asText()).endsWith("/unauthorized");
        assertThat(none.json().get("instance").asText()).isEqualTo("/v1/shipments");
        assertThat(none.json().get("detail").asText()).contains("Authorization: Bearer");

        Api.Response unknown = api.get("/v1/shipments", "sg_live_" + "x".repeat(43));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail").asText()).isEqualTo("the API key is not valid");
        assertThat(api.send("GET", "/v1/shipments", null, null, "Authorization", "Bearer ").status()).isEqualTo(401);

        for (Api.Response response : new Api.Response[] {none, api.get("/v1/shipments", merchant.key())}) {
            assertThat(response.header("Cache-Control")).contains("no-store");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void carrierWebhooksNeedNoApiKeyAndTheirOwnAuthorizationHeaderIsLeftToTheAdapter() {
        Api.Response push = api.send("POST", "/v1/webhooks/carriers/sandbox/" + UUID.randomUUID(), null, "{}",
                "Authorization", "Bearer carrier-signed-token");
        assertThat(push.status()).isEqualTo(401);
        assertThat(push.header("WWW-Authenticate")).as("the adapter refused it, not the API key check").isNull();
        assertThat(push.json().get("detail").asText()).contains("webhook");
    }

    @Test
    void anEmptyLabelFormatIsA400NamingTheField() {
        tenants.sandboxAccount(merchant, "Sandbox", Map.of());
        String id = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json().get("id").asText();
        Api.Response empty = api.get("/v1/shipments/" + id + "/label?format=", merchant.key());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("format");
        assertThat(api.get("/v1/shipments/" + id + "/label", merchant.key()).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void clientErrorsAreLoggedInOneInfoLineAndNeverAsErrors(CapturedOutput output) throws InterruptedException {
        tenants.sandboxAccount(merchant, "Sandbox", Map.of());
        ObjectNode shipment = example("shipment-request.json");
        assertThat(api.post("/v1/shipments", merchant.key(), shipment, "Idempotency-Key", "logged-once").status()).isEqualTo(201);
        shipment.put("reference", "another order");
        int logStart = output.getOut().length();

        Api.Response reused = api.post("/v1/shipments", merchant.key(), shipment, "Idempotency-Key", "logged-once");
        assertThat(reused.status()).isEqualTo(422);
        Api.Response missing = api.post("/v1/shipments/" + UUID.randomUUID() + "/cancel", merchant.key(), Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(api.post("/v1/shipments", merchant.key(), Map.of()).status()).isEqualTo(400);
        assertThat(api.get("/v1/shipments", null).status()).isEqualTo(401);

        // the line is written once the answer is out (a filter's finally): the client may read the answer first
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!output.getOut().substring(logStart).contains("GET /v1/shipments -> 401") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String log = output.getOut().substring(logStart);
        assertThat(log).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(log.lines().filter(l -> l.contains(" INFO ") && l.contains("ClientErrorLog")))
                .anyMatch(l -> l.endsWith("POST /v1/shipments -> 422"))
                .anyMatch(l -> l.endsWith("/cancel -> 404"))
                .anyMatch(l -> l.endsWith("POST /v1/shipments -> 400"))
                .anyMatch(l -> l.endsWith("GET /v1/shipments -> 401"));
    }

    private record RawResponse(int status, String text) {
        String header(String name) {
            return text.lines().takeWhile(l -> !l.isEmpty())
                    .filter(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":"))
                    .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse("");
        }

        String body() {
            String body = text.substring(text.indexOf("\r\n\r\n") + 4);
            if (!header("transfer-encoding").equalsIgnoreCase("chunked")) {
                return body;
            }
            StringBuilder decoded = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return decoded.toString();
                }
                decoded.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }

    /** Sends bytes as they are, past any client library's checks. */
    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(text.substring(9, 12)), text);
        }
    }
}

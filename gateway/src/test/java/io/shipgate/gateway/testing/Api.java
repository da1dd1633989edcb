package io.shipgate.gateway.testing;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client for the gateway's REST API, as a merchant's code would call it (real HTTP). */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ASCII_JSON = new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final HttpClient http;

    public Api(int port) {
        this(port, HTTP);
    }

    private Api(int port, HttpClient http) {
        this.base = "http://127.0.0.1:" + port;
        this.http = http;
    }

    /** A client with connections of its own, as another merchant's system would be. */
    public static Api ownConnections(int port) {
        return new Api(port, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    public record Response(int status, HttpHeaders headers, byte[] bytes) {
        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + new String(bytes), e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + new String(bytes, 0, Math.min(bytes.length, 2000));
        }
    }

    public Response get(String path, String key) {
        return send("GET", path, key, null);
    }

    public Response post(String path, String key, Object body, String... headers) {
        return send("POST", path, key, body, headers);
    }

    public Response patch(String path, String key, Object body) {
        return send("PATCH", path, key, body);
    }

    public Response delete(String path, String key) {
        return send("DELETE", path, key, null);
    }

    /** A PUT of a file: the body as is, with its content type (e.g. text/csv). */
    public Response put(String path, String key, String contentType, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String key, Object body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            List<String> h = new ArrayList<>(List.of(headers));
            for (int i = 0; i < h.size(); i += 2) {
                request.header(h.get(i), h.get(i + 1));
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                byte[] bytes = body instanceof String s ? s.getBytes() : JSON.writeValueAsBytes(body);
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The amount of a money object as the API sends it: a decimal string ({@code "12.50"}), never a JSON number. */
    public static BigDecimal amount(JsonNode money) {
        JsonNode amount = money.get("amount");
        if (!amount.isTextual()) {
            throw new AssertionError("a money amount is a decimal string, not " + amount.getNodeType() + ": " + money);
        }
        return new BigDecimal(amount.asText());
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * {@code body} as JSON with every non-ASCII character escaped ({@code \u00e9}), so a body can
     * carry what UTF-8 cannot encode, e.g. an unpaired surrogate.
     */
    public static String asciiJson(Object body) {
        try {
            return ASCII_JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

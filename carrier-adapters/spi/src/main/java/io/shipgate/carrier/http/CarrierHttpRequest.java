package io.shipgate.carrier.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One HTTP call to a carrier. {@code carrier} and {@code operation} name it in metrics and logs;
 * headers may hold credentials, so {@link #toString()} shows only their names.
 */
public record CarrierHttpRequest(String carrier, String operation, String method, URI uri,
                                 List<Map.Entry<String, String>> headers, byte[] body, Duration timeout) {

    public CarrierHttpRequest {
        Objects.requireNonNull(carrier);
        Objects.requireNonNull(operation);
        Objects.requireNonNull(method);
        Objects.requireNonNull(uri);
        headers = List.copyOf(headers);
    }

    public static Builder builder(String carrier, String operation, String method, URI uri) {
        return new Builder(carrier, operation, method, uri);
    }

    @Override
    public String toString() {
        return method + " " + uri + " (" + carrier + "/" + operation + ", headers "
                + headers.stream().map(Map.Entry::getKey).collect(Collectors.joining(",")) + ")";
    }

    public static final class Builder {
        private final String carrier;
        private final String operation;
        private final String method;
        private URI uri;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder(String carrier, String operation, String method, URI uri) {
            this.carrier = carrier;
            this.operation = operation;
            this.method = method;
            this.uri = uri;
        }

        public Builder header(String name, String value) {
            if (value != null) {
                headers.add(Map.entry(name, value));
            }
            return this;
        }

        /** Appends URL-encoded query parameters; null values are left out. */
        public Builder query(Map<String, String> params) {
            String q = params.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> FormEncoding.encode(e.getKey()) + "=" + FormEncoding.encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            if (!q.isEmpty()) {
                uri = URI.create(uri + (uri.getRawQuery() == null ? "?" : "&") + q);
            }
            return this;
        }

        public Builder json(byte[] json) {
            header("Content-Type", "application/json");
            this.body = json;
            return this;
        }

        public Builder form(Map<String, String> fields) {
            header("Content-Type", "application/x-www-form-urlencoded");
            this.body = FormEncoding.form(fields).getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Builder body(String contentType, byte[] content) {
            header("Content-Type", contentType);
            this.body = content;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public CarrierHttpRequest build() {
            return new CarrierHttpRequest(carrier, operation, method, uri, Collections.unmodifiableList(headers), body, timeout);
        }

        /** Builds and sends the request with {@code transport}. */
        public CarrierHttpResponse send(CarrierTransport transport) {
            return transport.send(build());
        }
    }
}

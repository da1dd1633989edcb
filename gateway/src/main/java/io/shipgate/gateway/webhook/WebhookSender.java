package io.shipgate.gateway.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One delivery attempt over HTTP: the Standard Webhooks message ({@code {type, timestamp, data}},
 * signed over the exact bytes sent), POSTed with the JDK's HTTP client (as the carrier transport does:
 * HTTP/1.1, no redirects followed) within the configured timeout, to the addresses the SSRF guard
 * checked right before (pinned, so DNS cannot change them in between). The answer's body is not read.
 */
@Component
class WebhookSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    /** What one attempt came to. */
    record Result(Integer statusCode, long latencyMs, String error) {
        boolean success() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient client;
    private final WebhookUrlGuard guard;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookSender(WebhookUrlGuard guard, WebhookSettings settings, ObjectMapper json, Clock clock) {
        this.guard = guard;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        if (!PinnedAddresses.installed()) {
            LOG.warn("The JVM does not use Shipgate's name resolver: webhook hosts are checked after resolving them, but not pinned "
                    + "to the addresses checked");
        }
    }

    /** The body of an event's webhook: {@code {"type", "timestamp", "data"}}, data being the event's stored payload as is. */
    byte[] body(WebhookDeliveries.Message message) {
        ObjectNode body = json.createObjectNode();
        body.put("type", message.type());
        body.put("timestamp", message.createdAt().toString());
        body.putRawValue("data", new RawValue(message.payload()));
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a webhook body", e);
        }
    }

    Result send(WebhookEndpoint endpoint, WebhookDeliveries.Message message) {
        long start = System.nanoTime();
        URI uri;
        List<InetAddress> addresses;
        try {
            uri = guard.parse(endpoint.url());
            addresses = guard.resolveAllowed(uri);
        } catch (WebhookUrlGuard.Refused e) {
            return new Result(null, elapsed(start), "not sent: the URL " + e.getMessage());
        } catch (RuntimeException e) {
            return new Result(null, elapsed(start), "not sent: the URL is not allowed");
        }
        byte[] body = body(message);
        String id = message.eventId().toString();
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout)
                .header("content-type", "application/json")
                .header("user-agent", "Shipgate-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(endpoint.signingSecrets(now), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        String host = uri.getHost();
        PinnedAddresses.pin(host, addresses);
        try {
            // the whole exchange, the answer's body included, within the timeout: a receiver that trickles its answer is cut off
            CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> response;
            try {
                response = exchange.get(settings.timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                exchange.cancel(true);
                throw new HttpTimeoutException("timed out");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            int status = response.statusCode();
            return new Result(status, elapsed(start), status >= 200 && status < 300 ? null : "answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Result(null, elapsed(start), "no answer within " + settings.timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Result(null, elapsed(start), "not reachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, elapsed(start), "interrupted");
        } finally {
            PinnedAddresses.unpin(host);
        }
    }

    private static long elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Override
    public void close() {
        client.close();
    }
}

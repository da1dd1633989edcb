package io.shipgate.carrier.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP transport all carrier adapters share: a JDK {@link HttpClient} (connection pooling,
 * no redirects followed), a timeout per request, and a Micrometer timer
 * {@value #TIMER} tagged with carrier, operation and outcome.
 *
 * <p>Network failures become {@link CarrierException}s (TIMEOUT, UNAVAILABLE) that name the carrier
 * and operation but never the request's headers or body; so does a header value HTTP cannot carry
 * (INVALID_REQUEST, nothing sent). HTTP error statuses are returned for the
 * adapter to read the carrier's error.
 */
public final class CarrierTransport implements AutoCloseable {

    public static final String TIMER = "shipgate.carrier.http";
    private static final System.Logger LOG = System.getLogger(CarrierTransport.class.getName());
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final MeterRegistry meters;

    public CarrierTransport(MeterRegistry meters, Duration connectTimeout) {
        this.meters = meters;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A transport with its own meter registry, for tests and tools. */
    public static CarrierTransport standalone() {
        return new CarrierTransport(new SimpleMeterRegistry(), Duration.ofSeconds(5));
    }

    public CarrierHttpResponse send(CarrierHttpRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        for (Map.Entry<String, String> h : request.headers()) {
            if (!RESTRICTED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                header(http, request, h.getKey(), h.getValue());
            }
        }
        http.method(request.method(), request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));

        long start = System.nanoTime();
        String outcome = "IO_ERROR";
        try {
            HttpResponse<byte[]> response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            outcome = Integer.toString(response.statusCode());
            LOG.log(System.Logger.Level.DEBUG, () -> request + " -> " + response.statusCode());
            return new CarrierHttpResponse(response.statusCode(), response.headers(), response.body());
        } catch (HttpTimeoutException e) {
            outcome = "TIMEOUT";
            throw new CarrierException(CarrierErrorCategory.TIMEOUT, request.carrier(), null,
                    request.carrier() + " did not answer " + request.operation() + " within " + request.timeout().toMillis() + " ms",
                    false, null, null, null);
        } catch (IOException e) {
            throw new CarrierException(CarrierErrorCategory.UNAVAILABLE, request.carrier(), null,
                    request.carrier() + " could not be reached for " + request.operation() + " ("
                            + e.getClass().getSimpleName() + ")",
                    // refused connections sent nothing; a failure mid-exchange may have reached the carrier
                    e instanceof java.net.ConnectException, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "INTERRUPTED";
            throw new CarrierException(CarrierErrorCategory.TIMEOUT, request.carrier(), null,
                    request.carrier() + " " + request.operation() + " was interrupted", false, null, null, null);
        } finally {
            Timer.builder(TIMER)
                    .description("HTTP calls to carriers")
                    .tag("carrier", request.carrier())
                    .tag("operation", request.operation())
                    .tag("outcome", outcome)
                    .register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Sets a header, refusing a value the JDK client cannot send (a control character in a stored
     * credential) without the JDK's message, which quotes the value: credentials never reach a log.
     */
    private static void header(HttpRequest.Builder http, CarrierHttpRequest request, String name, String value) {
        try {
            http.header(name, value);
        } catch (IllegalArgumentException e) {
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, request.carrier(), "INVALID_HEADER",
                    request.carrier() + " " + request.operation() + " was not sent: header " + name
                            + " has a value HTTP cannot carry (check the carrier account's credentials and settings)",
                    false, null, null, null);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}

package io.shipgate.gateway.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A merchant's webhook receiver on 127.0.0.1 (the JDK's HTTP server, each request on its own virtual thread, as a real
 * server takes requests concurrently): records each request, answers the statuses queued, else 200.
 */
final class Receiver implements AutoCloseable {

    /** A request as received: the body's exact text and the headers, names in lower case. */
    record Received(String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.get(name).getFirst();
        }
    }

    private final HttpServer server;
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failOnce = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;
    private volatile long delayMillis;
    private volatile CountDownLatch hang;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            received.add(new Received(body, headers));
            CountDownLatch held = hang;
            if (held != null) {
                try {
                    held.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = failOnce.removeIf(body::contains) ? Integer.valueOf(500) : answers.poll();
            exchange.sendResponseHeaders(status == null ? otherwise : status, -1);
            exchange.close();
        });
        server.setExecutor(requests);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The next requests are answered with these statuses, in order. */
    void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    /** The first request whose body contains {@code text} is answered 500. */
    void failOnce(String text) {
        failOnce.add(text);
    }

    /** Each answer comes this late. */
    void delay(java.time.Duration delay) {
        delayMillis = delay.toMillis();
    }

    /** From now on each request, once recorded, waits for {@link #release()} (a minute at most) before it is answered. */
    void hang() {
        hang = new CountDownLatch(1);
    }

    /** The requests waiting since {@link #hang()} are answered, and the next ones at once. */
    void release() {
        CountDownLatch held = hang;
        hang = null;
        if (held != null) {
            held.countDown();
        }
    }

    /** Requests beyond the queued answers get this status. */
    void otherwise(int status) {
        otherwise = status;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        requests.shutdownNow();
    }
}

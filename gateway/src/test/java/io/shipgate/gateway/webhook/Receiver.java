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

/** A merchant's webhook receiver on 127.0.0.1 (the JDK's HTTP server): records each request, answers the statuses queued, else 200. */
final class Receiver implements AutoCloseable {

    /** A request as received: the body's exact text and the headers, names in lower case. */
    record Received(String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.get(name).getFirst();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failOnce = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;
    private volatile long delayMillis;

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

    /** Requests beyond the queued answers get this status. */
    void otherwise(int status) {
        otherwise = status;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

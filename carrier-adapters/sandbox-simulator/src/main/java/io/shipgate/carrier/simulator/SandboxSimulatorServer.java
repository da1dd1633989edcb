package io.shipgate.carrier.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a {@link SandboxSimulator} as its own HTTP server on the loopback interface only (the JDK's
 * server, one virtual thread per request): inside the gateway in demo mode, or as a separate process
 * for benchmarks, with a random secret (labels of an earlier run are then unknown to it):
 * {@code java -cp ... io.shipgate.carrier.simulator.SandboxSimulatorServer --port=8099}.
 * Loading it turns on TCP_NODELAY for the JDK's HTTP server ({@code sun.net.httpserver.nodelay}),
 * unless that property is already set.
 */
public final class SandboxSimulatorServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 8099;
    private static final System.Logger LOG = System.getLogger(SandboxSimulatorServer.class.getName());
    /**
     * PDFBox warns on every label that the standard Helvetica is drawn with a substitute font on this
     * machine, which only matters to PDF viewers; held here so the level set in main sticks.
     */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
        // the client's delayed ACK holds every answer back ~40 ms. Read once, when the server first loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxSimulator simulator;
    private HttpServer server;
    private ExecutorService executor;

    public SandboxSimulatorServer(SandboxSimulator simulator) {
        this.simulator = simulator;
    }

    public static void main(String[] args) {
        int port = DEFAULT_PORT;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else {
                System.err.println("usage: SandboxSimulatorServer [--port=N]   (default " + DEFAULT_PORT + ")");
                System.exit(2);
            }
        }
        PDF_FONTS.setLevel(Level.SEVERE);
        SandboxSimulatorServer server = new SandboxSimulatorServer(new SandboxSimulator(Clock.systemUTC()));
        int bound = server.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sandbox-simulator-shutdown"));
        LOG.log(System.Logger.Level.INFO, "Shipgate sandbox carrier listening on http://127.0.0.1:{0,number,#}", bound);
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @return the port it listens on
     */
    public synchronized int start(int port) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
        return server.getAddress().getPort();
    }

    /** Stops listening and interrupts requests still running (a simulated timeout, say). */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            SimulatorResponse response = simulator.handle(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
        }
    }
}

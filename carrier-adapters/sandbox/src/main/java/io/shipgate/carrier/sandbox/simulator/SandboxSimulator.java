package io.shipgate.carrier.sandbox.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;

/**
 * A simulated carrier's HTTP API, for demos, benchmarks and tests: deterministic rates, real
 * labels (PDF, ZPL, PNG), tracking that advances with the clock, proof of delivery, pickups, returns,
 * NDR, EDD, serviceability and address validation. Plain Java and thread-safe; mount it under any prefix (the gateway uses
 * {@code /sandbox-carrier}) or run it alone with {@link SandboxSimulatorServer}.
 *
 * <p>Every request needs {@code Authorization: Bearer <api key>}; a key starting with
 * {@code invalid} is refused. Headers then set how the carrier behaves for that request:
 * <ul>
 *   <li>{@value #LATENCY_MS}: milliseconds to wait before answering (default 0);</li>
 *   <li>{@value #FAILURE_RATE}: fraction of requests answered 503 {@code CARRIER_UNAVAILABLE}, with nothing done;</li>
 *   <li>{@value #TIMEOUT_RATE}: fraction of requests that hang for {@link #HANG} after doing their work,
 *       so the client times out (a retry with the same {@value #IDEMPOTENCY_KEY} gets the label bought);</li>
 *   <li>{@value #FAILED_ATTEMPT_RATE} and {@value #RTO_RATE}: fractions of shipments whose tracking has a
 *       failed delivery attempt, or goes back to origin, drawn from a hash of the AWB;</li>
 *   <li>{@value #STEP_SECONDS}: seconds between two tracking events (default 60);</li>
 *   <li>{@value #CURRENCY}: the currency of prices (default USD).</li>
 * </ul>
 * Rates 0 and 1 are exact: never and always. Errors are {@code {"error":{"code","message","field"}}}.
 */
public final class SandboxSimulator {

    public static final String LATENCY_MS = "X-Sandbox-Latency-Ms";
    public static final String FAILURE_RATE = "X-Sandbox-Failure-Rate";
    public static final String TIMEOUT_RATE = "X-Sandbox-Timeout-Rate";
    public static final String FAILED_ATTEMPT_RATE = "X-Sandbox-Failed-Attempt-Rate";
    public static final String RTO_RATE = "X-Sandbox-Rto-Rate";
    public static final String STEP_SECONDS = "X-Sandbox-Step-Seconds";
    public static final String CURRENCY = "X-Sandbox-Currency";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** How long a simulated timeout hangs before it answers after all. */
    public static final Duration HANG = Duration.ofSeconds(30);

    static final String CARRIER_NAME = "SHIPGATE SANDBOX";
    private static final System.Logger LOG = System.getLogger(SandboxSimulator.class.getName());
    private static final String BEARER = "bearer ";

    private final Clock clock;
    private final IdempotencyCache idempotency = new IdempotencyCache();
    private final List<Route> routes;
    private final ShipmentBook book = new ShipmentBook();
    private final AtomicLong calls = new AtomicLong();

    public SandboxSimulator(Clock clock) {
        this.clock = clock;
        RatesEndpoint rates = new RatesEndpoint();
        ShipmentsEndpoint shipments = new ShipmentsEndpoint(book);
        TrackingEndpoint tracking = new TrackingEndpoint(book);
        ProofOfDeliveryEndpoint proofs = new ProofOfDeliveryEndpoint(book);
        PickupsEndpoint pickups = new PickupsEndpoint();
        AddressesEndpoint addresses = new AddressesEndpoint();
        this.routes = List.of(
                Route.of("POST", "/v1/rates", rates::rates),
                Route.of("POST", "/v1/edd", rates::estimateDelivery),
                Route.of("POST", "/v1/serviceability", rates::serviceability),
                Route.of("POST", "/v1/shipments", idempotent(shipments::create)),
                Route.of("POST", "/v1/returns", idempotent(shipments::createReturn)),
                Route.of("GET", "/v1/purchases/{key}", this::purchase),
                Route.of("POST", "/v1/shipments/{awb}/cancel", shipments::cancel),
                Route.of("POST", "/v1/shipments/{awb}/ndr", shipments::ndr),
                Route.of("GET", "/v1/tracking/{awb}", tracking::track),
                Route.of("GET", "/v1/shipments/{awb}/pod", proofs::proofOfDelivery),
                Route.of("POST", "/v1/pickups", pickups::schedule),
                Route.of("DELETE", "/v1/pickups/{id}", pickups::cancel),
                Route.of("POST", "/v1/addresses/validate", addresses::validate));
    }

    /**
     * Answers one HTTP request.
     *
     * @param path    the path below the simulator's mount point, starting with {@code /v1/}
     * @param query   the raw query string or null; no endpoint reads one today
     * @param headers request headers (names in any case; the first value of each)
     * @param body    the request body, possibly empty or null
     */
    public SimulatorResponse handle(String method, String path, String query, Map<String, String> headers, byte[] body) {
        calls.incrementAndGet();
        Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        try {
            Simulation simulation = Simulation.from(caseless);
            Thread.sleep(simulation.latency());
            authenticate(caseless.get("Authorization"));
            if (happens(simulation.failureRate())) {
                return SimulatorResponse.error(503, "CARRIER_UNAVAILABLE", "the sandbox carrier is unavailable, try again", null);
            }
            SimulatorRequest request = new SimulatorRequest(method.toUpperCase(Locale.ROOT), path, caseless,
                    body == null ? new byte[0] : body, simulation, clock.instant(), null);
            SimulatorResponse response = dispatch(request);
            if (happens(simulation.timeoutRate())) {
                Thread.sleep(HANG);
            }
            return response;
        } catch (SimulatorError e) {
            return e.toResponse();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SimulatorResponse.error(503, "CARRIER_UNAVAILABLE", "the sandbox carrier is shutting down", null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "sandbox carrier failed on " + method + " " + path, e);
            return SimulatorResponse.error(500, "INTERNAL_ERROR", "the sandbox carrier failed", null);
        }
    }

    private SimulatorResponse dispatch(SimulatorRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(request.path());
            if (matcher.matches()) {
                if (route.method().equals(request.method())) {
                    return route.handler().handle(matcher.groupCount() == 0 ? request : request.withPathParameter(matcher.group(1)));
                }
                pathKnown = true;
            }
        }
        return pathKnown
                ? SimulatorResponse.error(405, "METHOD_NOT_ALLOWED", request.method() + " is not allowed on " + request.path(), null)
                : SimulatorResponse.error(404, "NOT_FOUND", "no endpoint " + request.path(), null);
    }

    /** The handler with {@value #IDEMPOTENCY_KEY} honoured, per API key and path. */
    private Route.Handler idempotent(Route.Handler handler) {
        return request -> {
            String key = request.headers().get(IDEMPOTENCY_KEY);
            if (key == null || key.isBlank()) {
                return handler.handle(request);
            }
            String scope = request.headers().get("Authorization") + '\n' + request.path() + '\n' + key;
            return idempotency.answer(scope, request.body(), request.now(), () -> {
                try {
                    return handler.handle(request);
                } catch (SimulatorError e) {
                    return e.toResponse();
                }
            });
        };
    }

    /**
     * {@code GET /v1/purchases/{key}}: the shipment this caller bought with {@value #IDEMPOTENCY_KEY}
     * {@code key}, answered as its purchase was (waiting for a purchase still running), or 404
     * PURCHASE_NOT_FOUND. Buys nothing.
     */
    private SimulatorResponse purchase(SimulatorRequest request) {
        String scope = request.headers().get("Authorization") + '\n' + "/v1/shipments" + '\n' + request.pathParameter();
        SimulatorResponse bought = idempotency.find(scope, request.now());
        if (bought == null) {
            return SimulatorResponse.error(404, "PURCHASE_NOT_FOUND", "no shipment was bought with this Idempotency-Key", null);
        }
        return bought;
    }

    /** Requests answered so far, of any kind. */
    public long calls() {
        return calls.get();
    }

    /** The AWBs of the labels sold (shipments and returns), the most recent first out of memory. */
    public Set<String> soldAwbs() {
        return book.soldAwbs();
    }

    /** The AWBs of the labels cancelled. */
    public Set<String> cancelledAwbs() {
        return book.cancelledAwbs();
    }

    private static void authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            throw SimulatorError.unauthorized("send the API key as Authorization: Bearer <api key>");
        }
        if (authorization.substring(BEARER.length()).strip().startsWith("invalid")) {
            throw SimulatorError.unauthorized("the API key was refused");
        }
    }

    /** Whether something with probability {@code rate} happens this time: never at 0, always at 1. */
    private static boolean happens(double rate) {
        return ThreadLocalRandom.current().nextDouble() < rate;
    }
}

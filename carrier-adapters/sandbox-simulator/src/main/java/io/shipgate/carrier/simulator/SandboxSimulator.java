package io.shipgate.carrier.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;

/**
 * A simulated carrier's HTTP API, for demos, benchmarks and tests: deterministic rates, real
 * labels (PDF, ZPL, PNG), tracking that advances with the clock, proof of delivery, pickups, end-of-day manifests, returns,
 * NDR, EDD, serviceability and address validation. Plain Java and thread-safe; serve it with
 * {@link SandboxSimulatorServer} (the gateway runs one on a loopback port in demo mode).
 *
 * <p>Every request needs {@code Authorization: Bearer <api key>}: any key of up to
 * {@value #MAX_API_KEY_LENGTH} characters but one starting with {@code invalid} is accepted, and
 * names the account. What an account creates is bound to it: an AWB carries an owner tag drawn from
 * a digest of the key keyed with the simulator's secret, so only that account can cancel, track,
 * instruct (NDR) or get the proof of delivery of the shipment, also after a restart with the same
 * secret; to another account the AWB does not exist (404). Pickups and idempotency keys are bound
 * the same way. Headers then set how the carrier behaves for that request:
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
 * Tests see what it did through {@link #calls()}, {@link #soldAwbs()} and {@link #cancelledAwbs()}.
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
    /** The longest API key accepted. */
    public static final int MAX_API_KEY_LENGTH = 512;
    /** The shortest secret the simulator keys its owner tags with. */
    public static final int MIN_SECRET_BYTES = 16;

    static final String CARRIER_NAME = "SHIPGATE SANDBOX";
    private static final System.Logger LOG = System.getLogger(SandboxSimulator.class.getName());
    private static final String BEARER = "bearer ";

    private final Clock clock;
    private final byte[] secret;
    private final IdempotencyCache idempotency = new IdempotencyCache();
    private final ShipmentBook book = new ShipmentBook();
    private final LongAdder calls = new LongAdder();
    private final List<Route> routes;

    /**
     * A simulator with a random secret: what it sells is bound to its buyer until it stops, and
     * unknown (404) to everyone in a simulator started afresh.
     */
    public SandboxSimulator(Clock clock) {
        this(clock, randomSecret());
    }

    /**
     * A simulator whose owner tags are keyed with {@code secret}: one started again with the same
     * secret still knows which account owns each AWB. Keep the secret as secret as the API keys.
     *
     * @param secret at least {@value #MIN_SECRET_BYTES} random bytes
     */
    public SandboxSimulator(Clock clock, byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the simulator's secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.clock = clock;
        this.secret = secret.clone();
        RatesEndpoint rates = new RatesEndpoint();
        ShipmentsEndpoint shipments = new ShipmentsEndpoint(book);
        TrackingEndpoint tracking = new TrackingEndpoint(book);
        ProofOfDeliveryEndpoint proofs = new ProofOfDeliveryEndpoint(book);
        PickupsEndpoint pickups = new PickupsEndpoint();
        AddressesEndpoint addresses = new AddressesEndpoint();
        ManifestsEndpoint manifests = new ManifestsEndpoint(book);
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
                Route.of("POST", "/v1/manifests", manifests::close),
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
        Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        try {
            Owner owner = authenticate(caseless.get("Authorization"));
            calls.increment();
            Simulation simulation = Simulation.from(caseless);
            Thread.sleep(simulation.latency());
            if (happens(simulation.failureRate())) {
                return SimulatorResponse.error(503, "CARRIER_UNAVAILABLE", "the sandbox carrier is unavailable, try again", null);
            }
            SimulatorRequest request = new SimulatorRequest(method.toUpperCase(Locale.ROOT), path, caseless,
                    body == null ? new byte[0] : body, owner, simulation, clock.instant(), null);
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

    /** How many authenticated requests it has handled, to any endpoint, whatever the answer. */
    public long calls() {
        return calls.sum();
    }

    /**
     * The AWBs of the shipments and returns it has sold (the first tracking number of each; what
     * was refused or answered 503 sold nothing), the most recent 100,000.
     */
    public Set<String> soldAwbs() {
        return book.soldAwbs();
    }

    /** The AWBs of the shipments it has cancelled, the most recent 100,000. */
    public Set<String> cancelledAwbs() {
        return book.cancelledAwbs();
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

    /** The handler with {@value #IDEMPOTENCY_KEY} honoured, per account and path. */
    private Route.Handler idempotent(Route.Handler handler) {
        return request -> {
            String key = request.headers().get(IDEMPOTENCY_KEY);
            if (key == null || key.isBlank()) {
                return handler.handle(request);
            }
            String scope = request.owner().id() + '\n' + request.path() + '\n' + key;
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
     * {@code GET /v1/purchases/{key}}: the shipment this account bought with {@value #IDEMPOTENCY_KEY}
     * {@code key}, answered as its purchase was (waiting for a purchase still running), or 404
     * PURCHASE_NOT_FOUND. Buys nothing; another account's purchase is not found.
     */
    private SimulatorResponse purchase(SimulatorRequest request) {
        String scope = request.owner().id() + '\n' + "/v1/shipments" + '\n' + request.pathParameter();
        SimulatorResponse bought = idempotency.find(scope, request.now());
        if (bought == null) {
            return SimulatorResponse.error(404, "PURCHASE_NOT_FOUND", "no shipment was bought with this Idempotency-Key", null);
        }
        return bought;
    }

    /** The account that sent the API key in {@code authorization}. */
    private Owner authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            throw SimulatorError.unauthorized("send the API key as Authorization: Bearer <api key>");
        }
        String apiKey = authorization.substring(BEARER.length()).strip();
        if (apiKey.length() > MAX_API_KEY_LENGTH || apiKey.startsWith("invalid")) {
            throw SimulatorError.unauthorized("the API key was refused");
        }
        return Owner.of(secret, apiKey);
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** Whether something with probability {@code rate} happens this time: never at 0, always at 1. */
    private static boolean happens(double rate) {
        return ThreadLocalRandom.current().nextDouble() < rate;
    }
}

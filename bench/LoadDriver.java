import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shipgate's load driver: closed-loop concurrent clients (one virtual thread each, JDK HttpClient,
 * HTTP/1.1 keep-alive) against the gateway and, with the same requests the sandbox adapter sends,
 * against the carrier simulator directly. JDK only; run it as a single-file program:
 *
 * <pre>java bench/LoadDriver.java --gateway http://127.0.0.1:P --simulator http://127.0.0.1:S --key sg_... [options]</pre>
 *
 * Usually started by {@code bench/run.sh}, which starts the processes and passes their pids.
 *
 * <p>First a JIT warm-up ({@code --jit-warmup}, all scenarios at once, nothing recorded). Then,
 * per concurrency level, each scenario gets {@code --warmup} (discarded) and {@code --duration}
 * (measured), split into {@code --rounds} slices run in turn (direct, gateway, direct, ...), so that
 * a disturbance hits every scenario alike. Every request started inside a measured window is
 * recorded when it completes, its latency kept exactly (all values, sorted; percentiles by nearest
 * rank). Non-2xx answers, transport failures, and gateway rate answers that list carrier failures
 * are errors: counted by kind and kept out of the latency figures. Being closed-loop, it measures
 * latency at a fixed number of requests in flight, not at a fixed arrival rate (no
 * coordinated-omission correction).
 */
public final class LoadDriver {

    // ---- the requests: docs/examples/*.json, and what the sandbox adapter sends for them ----

    /** docs/examples/rates-request.json; carrier_account_ids is added. */
    static final String GATEWAY_RATES_BODY = """
            {"carrier_account_ids":[%s],"shipper":{"postal_code":"10005","country":"US"},\
            "recipient":{"postal_code":"94105","country":"US"},\
            "parcels":[{"weight":{"value":2.5,"unit":"LB"},"dimensions":{"length":12,"width":9,"height":6,"unit":"IN"}}]}""";

    /** docs/examples/shipment-request.json with carrier_account_id instead of carrier. */
    static final String GATEWAY_CREATE_BODY = """
            {"carrier_account_id":"%s","service_level":"STANDARD","reference":"ORDER-1001",\
            "shipper":{"name":"Ada Shipper","company":"Acme Widgets","phone":"+1 212 555 0100","street1":"11 Wall St",\
            "city":"New York","state":"NY","postal_code":"10005","country":"US"},\
            "recipient":{"name":"Grace Recipient","phone":"+1 415 555 0199","email":"grace@example.com","street1":"1 Market St",\
            "street2":"Apt 4","city":"San Francisco","state":"CA","postal_code":"94105","country":"US","residential":true},\
            "parcels":[{"weight":{"value":2.5,"unit":"LB"},"dimensions":{"length":12,"width":9,"height":6,"unit":"IN"},\
            "description":"Widgets"}]}""";

    /** What SandboxRateMapper + SandboxJson write for the rates request (captured from the gateway). */
    static final String DIRECT_RATES_BODY = """
            {"shipper":{"postal_code":"10005","country":"US"},"recipient":{"postal_code":"94105","country":"US"},\
            "parcels":[{"weight_grams":1134,"length_cm":30.48,"width_cm":22.86,"height_cm":15.24}]}""";

    /** What SandboxShipmentMapper + SandboxJson write for the shipment request (captured from the gateway): all label formats. */
    static final String DIRECT_CREATE_BODY = """
            {"service_code":"sandbox_standard","shipper":{"name":"Ada Shipper","company":"Acme Widgets",\
            "phone":"+1 212 555 0100","street1":"11 Wall St","city":"New York","state":"NY","postal_code":"10005","country":"US"},\
            "recipient":{"name":"Grace Recipient","phone":"+1 415 555 0199","email":"grace@example.com","street1":"1 Market St",\
            "street2":"Apt 4","city":"San Francisco","state":"CA","postal_code":"94105","country":"US"},\
            "parcels":[{"weight_grams":1134,"length_cm":30.48,"width_cm":22.86,"height_cm":15.24}],"reference":"ORDER-1001",\
            "signature":"NONE","is_return":false,"label_formats":["PDF","ZPL","PNG"]}""";

    /** The headers SandboxClient sends with every call (account api_key "bench", latency from the account). */
    static String[] sandboxHeaders(long latencyMs) {
        return new String[]{
                "Authorization", "Bearer bench",
                "Accept", "application/json",
                "X-Sandbox-Latency-Ms", Long.toString(latencyMs),
                "X-Sandbox-Failure-Rate", "0.0",
                "X-Sandbox-Timeout-Rate", "0.0",
                "X-Sandbox-Failed-Attempt-Rate", "0.0",
                "X-Sandbox-Rto-Rate", "0.0",
                "X-Sandbox-Step-Seconds", "60",
                "X-Sandbox-Currency", "USD",
                "Content-Type", "application/json"};
    }

    // ---- options ----

    record Options(URI gateway, URI simulator, String key, List<String> accounts, int setupAccounts, long latencyMs,
                   List<Integer> clients, Duration duration, Duration warmup, List<String> scenarios, long gatewayPid,
                   long simulatorPid, long postgresPid, long startupMs, boolean scrapeMetrics, Path resultsFile,
                   Duration jitWarmup, int rounds, URI management) {
    }

    static final List<String> ALL_SCENARIOS = List.of("direct-rates", "gateway-rates", "direct-create", "gateway-create");

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw usage("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (name.equals("no-metrics") || name.equals("help")) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw usage("--" + name + " needs a value");
            }
            values.put(name, value);
        }
        if (values.containsKey("help")) {
            throw usage(null);
        }
        List<String> known = List.of("gateway", "simulator", "key", "accounts", "setup-accounts", "latency-ms", "clients",
                "duration", "warmup", "scenarios", "gateway-pid", "simulator-pid", "postgres-pid", "startup-ms", "no-metrics",
                "results", "jit-warmup", "rounds", "management");
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw usage("unknown option --" + name);
            }
        }
        List<String> scenarios = split(values.getOrDefault("scenarios", String.join(",", ALL_SCENARIOS)));
        for (String s : scenarios) {
            if (!ALL_SCENARIOS.contains(s)) {
                throw usage("unknown scenario " + s + " (known: " + String.join(", ", ALL_SCENARIOS) + ")");
            }
        }
        boolean needsGateway = scenarios.stream().anyMatch(s -> s.startsWith("gateway"));
        boolean needsSimulator = scenarios.stream().anyMatch(s -> s.startsWith("direct"));
        if (needsGateway && (!values.containsKey("gateway") || !values.containsKey("key"))) {
            throw usage("gateway scenarios need --gateway and --key");
        }
        if (needsSimulator && !values.containsKey("simulator")) {
            throw usage("direct scenarios need --simulator");
        }
        List<Integer> clients = split(values.getOrDefault("clients", "16")).stream().map(Integer::parseInt).toList();
        if (clients.stream().anyMatch(c -> c < 1)) {
            throw usage("--clients must be at least 1");
        }
        if (Integer.parseInt(values.getOrDefault("rounds", "4")) < 1) {
            throw usage("--rounds must be at least 1");
        }
        return new Options(
                values.containsKey("gateway") ? URI.create(values.get("gateway")) : null,
                values.containsKey("simulator") ? URI.create(values.get("simulator")) : null,
                values.get("key"),
                split(values.getOrDefault("accounts", "")),
                Integer.parseInt(values.getOrDefault("setup-accounts", "0")),
                Long.parseLong(values.getOrDefault("latency-ms", "50")),
                clients,
                duration(values.getOrDefault("duration", "20s")),
                duration(values.getOrDefault("warmup", "5s")),
                scenarios,
                Long.parseLong(values.getOrDefault("gateway-pid", "0")),
                Long.parseLong(values.getOrDefault("simulator-pid", "0")),
                Long.parseLong(values.getOrDefault("postgres-pid", "0")),
                Long.parseLong(values.getOrDefault("startup-ms", "-1")),
                !values.containsKey("no-metrics"),
                values.containsKey("results") ? Path.of(values.get("results")) : null,
                duration(values.getOrDefault("jit-warmup", "30s")),
                Integer.parseInt(values.getOrDefault("rounds", "4")),
                URI.create(values.getOrDefault("management", values.getOrDefault("gateway", "http://127.0.0.1:8081"))));
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** 20s, 500ms, 2m, or a bare number of seconds. */
    static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?").matcher(text.strip());
        if (!m.matches()) {
            throw usage("not a duration: " + text + " (e.g. 20s, 500ms, 2m)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Duration.ofNanos((long) (n * switch (unit) {
            case "ms" -> 1e6;
            case "m" -> 60e9;
            default -> 1e9;
        }));
    }

    static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException((problem == null ? "" : problem + "\n\n") + """
                usage: java bench/LoadDriver.java [options]
                  --gateway URL          the gateway, e.g. http://127.0.0.1:8080
                  --management URL       the gateway's management server, for /actuator/prometheus (default: --gateway)
                  --key KEY              an API key of the tenant
                  --accounts ID,ID,ID    sandbox carrier accounts to use (rates: all; create: the first)
                  --setup-accounts N     or create N sandbox accounts (latency_ms = --latency-ms) and use them
                  --simulator URL        the carrier simulator, e.g. http://127.0.0.1:8099
                  --latency-ms N         simulated carrier latency (default 50)
                  --clients N[,N...]     concurrent clients; a list runs every scenario at each (default 16)
                  --duration D           measured time per scenario (default 20s)
                  --warmup D             discarded time before it (default 5s)
                  --rounds N             split each scenario's warm-up and measured time into N slices and
                                         run the scenarios in turn, N times: a disturbance (another
                                         process, a GC) then hits every scenario alike (default 4)
                  --jit-warmup D         first, all scenarios at once, discarded, so that the JVMs have
                                         compiled their hot code before anything is measured (default 30s)
                  --scenarios LIST       default direct-rates,gateway-rates,direct-create,gateway-create
                  --gateway-pid, --simulator-pid, --postgres-pid PID
                                         for CPU per request and RSS (optional)
                  --startup-ms N         gateway start to healthy, only printed
                  --results FILE         also append the result rows as tab-separated lines
                  --no-metrics           do not read the gateway's /actuator/prometheus""");
    }

    // ---- latencies ----

    /** One client's latencies (nanoseconds), unsynchronized: each client thread has its own. */
    static final class Recorder {
        long[] values = new long[4096];
        int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }
    }

    record Latencies(long[] sorted) {

        static Latencies merge(List<Recorder> recorders) {
            int n = recorders.stream().mapToInt(r -> r.size).sum();
            long[] all = new long[n];
            int at = 0;
            for (Recorder r : recorders) {
                System.arraycopy(r.values, 0, all, at, r.size);
                at += r.size;
            }
            Arrays.sort(all);
            return new Latencies(all);
        }

        int count() {
            return sorted.length;
        }

        /** Nearest rank: the smallest value with at least p% of the values at or below it. */
        double percentileMs(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
        }

        double maxMs() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }

        double meanMs() {
            return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6;
        }
    }

    // ---- scenarios ----

    /** One request kind: how to build it and when its answer counts as a success. */
    record Scenario(String name, URI uri, String[] headers, Supplier<String> body,
                    Supplier<String> idempotencyKey, Predicate<HttpResponse<String>> ok,
                    String serverUri, String carrierOperation) {

        HttpRequest request() {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body.get()));
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            if (idempotencyKey != null) {
                b.header("Idempotency-Key", idempotencyKey.get());
            }
            return b.build();
        }
    }

    static Scenario scenario(String name, Options o, List<String> accounts) {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        AtomicLong sequence = new AtomicLong();
        String[] gatewayHeaders = {"Authorization", "Bearer " + o.key(), "Content-Type", "application/json",
                "Accept", "application/json"};
        return switch (name) {
            case "direct-rates" -> new Scenario(name, o.simulator().resolve("/v1/rates"), sandboxHeaders(o.latencyMs()),
                    () -> DIRECT_RATES_BODY, null, r -> r.statusCode() == 200, null, null);
            // the gateway hands the carrier an idempotency key with every purchase: the direct calls do too
            case "direct-create" -> new Scenario(name, o.simulator().resolve("/v1/shipments"), sandboxHeaders(o.latencyMs()),
                    () -> DIRECT_CREATE_BODY, () -> "direct-" + runId + "-" + sequence.incrementAndGet(), r -> r.statusCode() == 201,
                    null, null);
            case "gateway-rates" -> {
                String ids = String.join(",", accounts.stream().map(id -> '"' + id + '"').toList());
                String body = GATEWAY_RATES_BODY.formatted(ids);
                // 200 with a carrier in "failures" is a degraded answer: an error here
                yield new Scenario(name, o.gateway().resolve("/v1/rates"), gatewayHeaders, () -> body, null,
                        r -> r.statusCode() == 200 && r.body().contains("\"failures\":[]"), "/v1/rates", "rates");
            }
            case "gateway-create" -> {
                String body = GATEWAY_CREATE_BODY.formatted(accounts.getFirst());
                yield new Scenario(name, o.gateway().resolve("/v1/shipments"), gatewayHeaders, () -> body,
                        () -> "bench-" + runId + "-" + sequence.incrementAndGet(), r -> r.statusCode() == 201,
                        "/v1/shipments", "createShipment");
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    // ---- CPU and memory of the processes involved ----

    record Cpu(Map<String, Long> processNanos, long machineBusyTicks, long machineTotalTicks) {
    }

    static Cpu cpu(Options o) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("driver", cpuNanos(ProcessHandle.current(), false));
        nanos.put("gateway", o.gatewayPid() > 0 ? cpuNanos(ProcessHandle.of(o.gatewayPid()).orElse(null), false) : -1);
        nanos.put("simulator", o.simulatorPid() > 0 ? cpuNanos(ProcessHandle.of(o.simulatorPid()).orElse(null), false) : -1);
        nanos.put("postgres", o.postgresPid() > 0 ? cpuNanos(ProcessHandle.of(o.postgresPid()).orElse(null), true) : -1);
        long[] machine = machineTicks();
        return new Cpu(nanos, machine[0], machine[1]);
    }

    /** User + system CPU of a process (and of its children: PostgreSQL's backends). */
    static long cpuNanos(ProcessHandle process, boolean withChildren) {
        if (process == null) {
            return -1;
        }
        long total = process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        if (withChildren && total >= 0) {
            total += process.children().mapToLong(c -> c.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        }
        return total;
    }

    /** Busy and total jiffies of the whole machine, from /proc/stat (zeros where there is none). */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[]{total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    static Optional<String> rss(long pid) {
        if (pid <= 0) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> {
                        long kb = Long.parseLong(l.replaceAll("\\D", ""));
                        return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                    });
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ---- the gateway's own metrics ----

    /** /actuator/prometheus as series ("name{labels}") to value. */
    static Map<String, Double> scrape(HttpClient client, Options o) {
        if (!o.scrapeMetrics() || o.gateway() == null || o.management() == null) {
            return Map.of();
        }
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(o.management().resolve("/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Map.of();
            }
            Map<String, Double> series = new TreeMap<>();
            for (String line : r.body().split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                try {
                    series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                } catch (RuntimeException e) {
                    // not a sample line
                }
            }
            return series;
        } catch (IOException | InterruptedException e) {
            return Map.of();
        }
    }

    /** The sum over series of {@code name} whose labels contain every one of {@code labels} (e.g. {@code uri="/v1/rates"}). */
    static double sum(Map<String, Double> series, String name, String... labels) {
        double total = 0;
        for (Map.Entry<String, Double> e : series.entrySet()) {
            String key = e.getKey();
            if (!(key.equals(name) || key.startsWith(name + "{"))) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= key.contains(label);
            }
            if (all) {
                total += e.getValue();
            }
        }
        return total;
    }

    static double delta(Map<String, Double> before, Map<String, Double> after, String name, String... labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }

    // ---- running a scenario ----

    /** What one scenario at one concurrency measured, summed over its rounds. */
    static final class Tally {
        final String scenario;
        final int clients;
        final List<Recorder> recorders = new ArrayList<>();
        final Map<String, Long> errors = new TreeMap<>();
        String firstError;
        double seconds;
        final Map<String, Long> cpuNanos = new LinkedHashMap<>();
        long busyTicks;
        long totalTicks;
        double elapsedNanos;
        double busiestOthers;
        final Map<String, Double> metrics = new TreeMap<>();
        boolean metricsComplete = true;
        Latencies latencies;

        Tally(String scenario, int clients) {
            this.scenario = scenario;
            this.clients = clients;
        }

        long errorCount() {
            return errors.entrySet().stream().filter(e -> !e.getKey().startsWith("(")).mapToLong(Map.Entry::getValue).sum();
        }

        double throughput() {
            return latencies.count() / seconds;
        }

        long requests() {
            return latencies.count() + errorCount();
        }
    }

    /**
     * One slice of a scenario: {@code warmup} discarded, then {@code measure} recorded into the tally.
     * Every request started in the measured window counts, when it completes.
     */
    static void slice(Scenario scenario, HttpClient client, HttpClient metricsClient, int clients, Duration warmup,
                      Duration measure, Options o, Tally tally) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        Map<String, Long> errors = new ConcurrentHashMap<>();
        LongAdder errorsDuringWarmup = new LongAdder();
        String[] firstError = new String[1];
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            threads.add(Thread.ofVirtual().name(scenario.name() + "-" + c).start(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= measureUntil) {
                        return;
                    }
                    boolean measured = t0 >= measureFrom;
                    String failure;
                    String detail;
                    try {
                        HttpResponse<String> response = client.send(scenario.request(), HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t0;
                        if (scenario.ok().test(response)) {
                            if (measured) {
                                recorder.add(elapsed);
                            }
                            continue;
                        }
                        failure = response.statusCode() / 100 == 2 ? "HTTP " + response.statusCode() + " with carrier failures"
                                : "HTTP " + response.statusCode();
                        detail = response.body();
                    } catch (IOException e) {
                        failure = e.getClass().getSimpleName();
                        detail = String.valueOf(e.getMessage());
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (measured) {
                        errors.merge(failure, 1L, Long::sum);
                    } else {
                        errorsDuringWarmup.increment();
                    }
                    synchronized (firstError) {
                        if (firstError[0] == null) {
                            firstError[0] = failure + ": " + (detail.length() > 400 ? detail.substring(0, 400) + "..." : detail);
                        }
                    }
                }
            }));
        }
        sleepUntil(measureFrom);
        Map<String, Double> metricsBefore = scenario.serverUri() != null ? scrape(metricsClient, o) : Map.of();
        Cpu cpuBefore = cpu(o);
        long windowStart = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        long windowNanos = System.nanoTime() - windowStart;
        Cpu cpuAfter = cpu(o);
        Map<String, Double> metricsAfter = scenario.serverUri() != null ? scrape(metricsClient, o) : Map.of();

        tally.recorders.addAll(recorders);
        tally.seconds += measure.toNanos() / 1e9;
        errors.forEach((k, v) -> tally.errors.merge(k, v, Long::sum));
        if (errorsDuringWarmup.sum() > 0) {
            tally.errors.merge("(during warm-up, not counted)", errorsDuringWarmup.sum(), Long::sum);
        }
        if (tally.firstError == null) {
            tally.firstError = firstError[0];
        }
        long ours = 0;
        for (String p : cpuBefore.processNanos().keySet()) {
            long b = cpuBefore.processNanos().get(p);
            long a = cpuAfter.processNanos().get(p);
            long d = b < 0 || a < 0 || tally.cpuNanos.getOrDefault(p, 0L) < 0 ? -1 : a - b;
            tally.cpuNanos.merge(p, d, (x, y) -> x < 0 || y < 0 ? -1 : x + y);
            ours += Math.max(0, d);
        }
        long busy = cpuAfter.machineBusyTicks() - cpuBefore.machineBusyTicks();
        long total = cpuAfter.machineTotalTicks() - cpuBefore.machineTotalTicks();
        tally.busyTicks += busy;
        tally.totalTicks += total;
        tally.elapsedNanos += windowNanos;
        if (total > 0) {
            // jiffies are 1/100 s (USER_HZ)
            tally.busiestOthers = Math.max(tally.busiestOthers, Math.max(0, busy * 1e7 - ours) / windowNanos);
        }
        if (scenario.serverUri() != null) {
            if (metricsBefore.isEmpty() || metricsAfter.isEmpty()) {
                tally.metricsComplete = false;
            }
            metricsAfter.forEach((k, v) -> tally.metrics.merge(k, v - metricsBefore.getOrDefault(k, 0.0), Double::sum));
        }
    }

    /** All scenarios at once for {@code time}, nothing recorded: warms the JIT of every process involved. */
    static void soak(List<Scenario> scenarios, int clients, Duration time) throws InterruptedException {
        long until = System.nanoTime() + time.toNanos();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        LongAdder requests = new LongAdder();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            List<Thread> threads = new ArrayList<>();
            for (Scenario s : scenarios) {
                for (int c = 0; c < clients; c++) {
                    threads.add(Thread.ofVirtual().start(() -> {
                        while (System.nanoTime() < until) {
                            try {
                                HttpResponse<String> r = client.send(s.request(), HttpResponse.BodyHandlers.ofString());
                                requests.increment();
                                if (!s.ok().test(r)) {
                                    failures.merge(s.name() + " HTTP " + r.statusCode(), 1L, Long::sum);
                                }
                            } catch (IOException e) {
                                failures.merge(s.name() + " " + e.getClass().getSimpleName(), 1L, Long::sum);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }));
                }
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        System.out.printf(Locale.ROOT, "  JIT warm-up: %d requests in %s, all scenarios at once, %d clients each%s%n",
                requests.sum(), human(time), clients, failures.isEmpty() ? "" : ", failures: " + new TreeMap<>(failures));
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    /** One request, to stop at once with a readable reason when a scenario cannot work at all. */
    static void check(Scenario scenario) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> r = client.send(scenario.request(), HttpResponse.BodyHandlers.ofString());
            if (!scenario.ok().test(r)) {
                throw new IllegalStateException(scenario.name() + ": " + scenario.uri() + " answered HTTP " + r.statusCode()
                        + ": " + (r.body().length() > 600 ? r.body().substring(0, 600) + "..." : r.body()));
            }
        }
    }

    // ---- setup ----

    static List<String> createAccounts(Options o) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 1; i <= o.setupAccounts(); i++) {
                String body = """
                        {"carrier":"sandbox","name":"bench-%d","settings":{"latency_ms":"%d"},"credentials":{"api_key":"bench"}}"""
                        .formatted(i, o.latencyMs());
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(o.gateway().resolve("/v1/carrier-accounts"))
                        .header("Authorization", "Bearer " + o.key()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                if (r.statusCode() != 201 || !id.find()) {
                    throw new IllegalStateException("creating carrier account bench-" + i + ": HTTP " + r.statusCode() + ": " + r.body());
                }
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    // ---- report ----

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String perRequest(double total, double requests, String format) {
        return requests <= 0 || total < 0 ? "-" : String.format(Locale.ROOT, format, total / requests);
    }

    static void printResults(List<Tally> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-15s %7s %8s %8s %8s %8s %8s %8s %7s%n",
                "scenario", "clients", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms", "errors");
        for (Tally r : results) {
            Latencies l = r.latencies;
            System.out.printf(Locale.ROOT, "%-15s %7d %8.1f %8s %8s %8s %8s %8s %7d%n", r.scenario, r.clients, r.throughput(),
                    ms(l.percentileMs(50)), ms(l.percentileMs(90)), ms(l.percentileMs(99)), ms(l.maxMs()), ms(l.meanMs()),
                    r.errorCount());
        }
        for (Tally r : results) {
            if (!r.errors.isEmpty()) {
                System.out.println();
                System.out.println("errors in " + r.scenario + " (" + r.clients + " clients): " + r.errors);
                if (r.firstError != null) {
                    System.out.println("  first: " + r.firstError.replace('\n', ' '));
                }
            }
        }
    }

    static void printCpu(List<Tally> results) {
        System.out.println();
        System.out.println("CPU per request (ms, user+system, measured windows) and machine load (" + CORES + " cores = "
                + CORES * 100 + "%)");
        System.out.printf(Locale.ROOT, "%-15s %7s %8s %8s %9s %8s %8s %9s%n",
                "scenario", "clients", "driver", "gateway", "simulator", "postgres", "others", "machine");
        double busiestOthers = 0;
        for (Tally r : results) {
            double n = r.requests();
            List<String> cells = new ArrayList<>();
            double ours = 0;
            for (String p : List.of("driver", "gateway", "simulator", "postgres")) {
                long d = r.cpuNanos.getOrDefault(p, -1L);
                cells.add(d < 0 ? "-" : perRequest(d / 1e6, n, "%.2f"));
                ours += Math.max(0, d);
            }
            double busyNanos = r.busyTicks * 1e7;
            String others = r.totalTicks > 0 ? perRequest(Math.max(0, busyNanos - ours) / 1e6, n, "%.2f") : "-";
            String machine = r.totalTicks > 0 ? String.format(Locale.ROOT, "%.0f%%", 100.0 * r.busyTicks / r.totalTicks * CORES) : "-";
            System.out.printf(Locale.ROOT, "%-15s %7d %8s %8s %9s %8s %8s %9s%n", r.scenario, r.clients,
                    cells.get(0), cells.get(1), cells.get(2), cells.get(3), others, machine);
            busiestOthers = Math.max(busiestOthers, r.busiestOthers);
        }
        System.out.println("  others: every other process on the machine (not this benchmark's), per request.");
        if (busiestOthers > 0.15) {
            System.out.printf(Locale.ROOT, "WARNING: other processes used up to %.0f%% of a core during a measured window:"
                    + " the machine was not quiet; the figures are disturbed (run again when it is)%n", busiestOthers * 100);
        }
    }

    static void printGatewayMetrics(List<Tally> results) {
        List<Tally> gateway = results.stream().filter(r -> !r.metrics.isEmpty() && r.metricsComplete).toList();
        if (gateway.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Inside the gateway (means over the measured windows, from /actuator/prometheus)");
        System.out.printf(Locale.ROOT, "%-15s %7s %9s %9s %10s %10s %8s %8s %8s %9s%n", "scenario", "clients", "client ms",
                "server ms", "carrier/rq", "carrier ms", "db co/rq", "db hold", "db wait", "gc ms/s");
        for (Tally r : gateway) {
            Map<String, Double> m = r.metrics;
            Scenario s = SCENARIO_META.get(r.scenario);
            String uri = "uri=\"" + s.serverUri() + "\"";
            double serverCount = sum(m, "http_server_requests_seconds_count", uri);
            double serverSum = sum(m, "http_server_requests_seconds_sum", uri);
            String op = "operation=\"" + s.carrierOperation() + "\"";
            double carrierCount = sum(m, "shipgate_carrier_http_seconds_count", op);
            double carrierSum = sum(m, "shipgate_carrier_http_seconds_sum", op);
            double dbCount = sum(m, "hikaricp_connections_usage_seconds_count");
            double dbSum = sum(m, "hikaricp_connections_usage_seconds_sum");
            double acquireCount = sum(m, "hikaricp_connections_acquire_seconds_count");
            double acquireSum = sum(m, "hikaricp_connections_acquire_seconds_sum");
            double gcPauseSum = sum(m, "jvm_gc_pause_seconds_sum");
            System.out.printf(Locale.ROOT, "%-15s %7d %9s %9s %10s %10s %8s %8s %8s %9s%n", r.scenario, r.clients,
                    ms(r.latencies.meanMs()),
                    perRequest(serverSum * 1000, serverCount, "%.1f"),
                    perRequest(carrierCount, serverCount, "%.2f"),
                    perRequest(carrierSum * 1000, carrierCount, "%.1f"),
                    perRequest(dbCount, serverCount, "%.2f"),
                    perRequest(dbSum * 1000, dbCount, "%.2f"),
                    perRequest(acquireSum * 1000, acquireCount, "%.3f"),
                    perRequest(gcPauseSum * 1000, r.elapsedNanos / 1e9, "%.1f"));
        }
        System.out.println("  client ms: as the driver saw it; server ms: http_server_requests (servlet filter on);");
        System.out.println("  carrier: shipgate_carrier_http calls per request and their mean (as the gateway saw them);");
        System.out.println("  db: Hikari connection checkouts per request, mean time held, mean wait for one (ms);");
        System.out.println("  gc ms/s: the gateway's GC pause time per second of measurement (jvm_gc_pause).");
    }

    static final Map<String, Scenario> SCENARIO_META = new ConcurrentHashMap<>();
    static final int CORES = Runtime.getRuntime().availableProcessors();

    static void printGoals(List<Tally> results) {
        System.out.println();
        System.out.println("Goals");
        List<Integer> levels = results.stream().map(r -> r.clients).distinct().toList();
        for (int clients : levels) {
            Optional<Tally> dr = find(results, "direct-rates", clients);
            Optional<Tally> gr = find(results, "gateway-rates", clients);
            Optional<Tally> dc = find(results, "direct-create", clients);
            Optional<Tally> gc = find(results, "gateway-create", clients);
            String at = levels.size() > 1 ? String.format(Locale.ROOT, " [%d clients]", clients) : "";
            if (dr.isPresent() && gr.isPresent()) {
                Latencies d = dr.get().latencies;
                Latencies g = gr.get().latencies;
                double ratio = g.percentileMs(50) / d.percentileMs(50);
                System.out.printf(Locale.ROOT, "  rates across 3 carriers: gateway p50 / direct p50 = %.1f / %.1f ms = %.2f"
                        + " (goal <= 1.20)  %s%s%n", g.percentileMs(50), d.percentileMs(50), ratio, ratio <= 1.2 ? "PASS" : "MISS", at);
                System.out.printf(Locale.ROOT, "    p99 %.1f / %.1f ms = %.2f; %.1f vs %.1f req/s%n",
                        g.percentileMs(99), d.percentileMs(99), g.percentileMs(99) / d.percentileMs(99),
                        gr.get().throughput(), dr.get().throughput());
            }
            if (dc.isPresent() && gc.isPresent()) {
                Latencies d = dc.get().latencies;
                Latencies g = gc.get().latencies;
                double over = g.percentileMs(50) - d.percentileMs(50);
                System.out.printf(Locale.ROOT, "  create shipment: gateway p50 - direct p50 = %.1f - %.1f = %.1f ms"
                        + " (goal <= 5 ms)  %s%s%n", g.percentileMs(50), d.percentileMs(50), over, over <= 5 ? "PASS" : "MISS", at);
                System.out.printf(Locale.ROOT, "    p99 %.1f - %.1f = %.1f ms; p50 ratio %.2f; %.1f vs %.1f req/s%n",
                        g.percentileMs(99), d.percentileMs(99), g.percentileMs(99) - d.percentileMs(99),
                        g.percentileMs(50) / d.percentileMs(50), gc.get().throughput(), dc.get().throughput());
            }
            if (results.stream().anyMatch(r -> r.clients == clients && r.errorCount() > 0)) {
                System.out.println("  WARNING: some requests failed (see the errors above): the figures include only successes");
            }
        }
    }

    static Optional<Tally> find(List<Tally> results, String scenario, int clients) {
        return results.stream().filter(r -> r.scenario.equals(scenario) && r.clients == clients).findFirst();
    }

    static void appendResults(Path file, List<Tally> results) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (!Files.exists(file)) {
            sb.append("scenario\tclients\treq_per_s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tmean_ms\terrors\tothers_max_core_share\n");
        }
        for (Tally r : results) {
            Latencies l = r.latencies;
            sb.append(String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%.2f%n", r.scenario, r.clients,
                    r.throughput(), l.percentileMs(50), l.percentileMs(90), l.percentileMs(99), l.maxMs(), l.meanMs(),
                    r.errorCount(), r.busiestOthers));
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> accounts = new ArrayList<>(o.accounts());
        if (o.setupAccounts() > 0) {
            accounts.addAll(createAccounts(o));
            System.out.println("Created sandbox carrier accounts (latency_ms=" + o.latencyMs() + "): " + accounts);
        }
        if (o.scenarios().stream().anyMatch(s -> s.startsWith("gateway")) && accounts.isEmpty()) {
            System.err.println("gateway scenarios need --accounts or --setup-accounts");
            System.exit(2);
        }
        List<Scenario> scenarios = o.scenarios().stream().map(name -> scenario(name, o, accounts)).toList();
        scenarios.forEach(s -> SCENARIO_META.put(s.name(), s));
        for (Scenario s : scenarios) {
            check(s);
        }
        System.out.printf(Locale.ROOT, "Load: %s clients; per scenario %s warm-up + %s measured, interleaved in %d rounds;"
                        + " carrier latency %d ms; %d cores; JDK %s%n",
                String.join(",", o.clients().stream().map(String::valueOf).toList()), human(o.warmup()), human(o.duration()),
                o.rounds(), o.latencyMs(), CORES, Runtime.version());
        if (!o.jitWarmup().isZero()) {
            soak(scenarios, o.clients().stream().mapToInt(Integer::intValue).max().orElse(1), o.jitWarmup());
        }
        Duration warmupSlice = o.warmup().dividedBy(o.rounds());
        Duration measureSlice = o.duration().dividedBy(o.rounds());
        List<Tally> results = new ArrayList<>();
        for (int clients : o.clients()) {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            Map<String, HttpClient> httpClients = new LinkedHashMap<>();
            try (HttpClient metricsClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                for (Scenario s : scenarios) {
                    tallies.put(s.name(), new Tally(s.name(), clients));
                    httpClients.put(s.name(), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build());
                }
                for (int round = 1; round <= o.rounds(); round++) {
                    System.out.printf(Locale.ROOT, "  %3d clients, round %d/%d:", clients, round, o.rounds());
                    for (Scenario s : scenarios) {
                        Tally t = tallies.get(s.name());
                        int before = t.recorders.stream().mapToInt(r -> r.size).sum();
                        slice(s, httpClients.get(s.name()), metricsClient, clients, warmupSlice, measureSlice, o, t);
                        int count = t.recorders.stream().mapToInt(r -> r.size).sum() - before;
                        System.out.printf(Locale.ROOT, "  %s %.0f/s", s.name(), count / (measureSlice.toNanos() / 1e9));
                        System.out.flush();
                    }
                    System.out.println();
                }
            } finally {
                httpClients.values().forEach(HttpClient::close);
            }
            for (Tally t : tallies.values()) {
                t.latencies = Latencies.merge(t.recorders);
                t.recorders.clear();
                results.add(t);
            }
        }
        printResults(results);
        printGoals(results);
        printGatewayMetrics(results);
        printCpu(results);
        System.out.println();
        if (o.startupMs() >= 0) {
            System.out.printf(Locale.ROOT, "Gateway start to healthy: %.1f s%n", o.startupMs() / 1000.0);
        }
        rss(o.gatewayPid()).ifPresent(v -> System.out.println("Gateway RSS at the end: " + v));
        rss(o.simulatorPid()).ifPresent(v -> System.out.println("Simulator RSS at the end: " + v));
        if (o.resultsFile() != null) {
            appendResults(o.resultsFile(), results);
        }
    }

    static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision endpoints' benchmark (issue 17), run by bench/decide.sh against a started gateway.
 *
 * <p>Setup, timed: three sandbox carrier accounts; on the first a 100,000-row serviceability table and a 10,000-line
 * rate card (time of each upload, and the gateway's peak heap during it, sampled from its metrics every 20 ms); on all
 * three a 20,000-row table and cards for two services. Then, per scenario (trivial, serviceability, edd, recommend):
 *
 * <ol>
 * <li><b>capacity</b>: closed loop, {@code --clients} requests in flight for {@code --duration}: requests per second
 *     and the gateway's CPU per request;
 * <li><b>fixed rate</b>: open loop at {@code --rate} requests per second for {@code --duration}: each request is sent
 *     at its scheduled time whatever the others do, and its latency counts from that time (no coordinated omission):
 *     p50, p90, p99, max, and how many were late to leave by more than 1 ms (the driver's own lag, reported so that a
 *     driver that cannot keep up is seen).
 * </ol>
 * The scenarios take turns over {@code --rounds} so that a disturbance hits them alike. The request bodies draw the
 * destination from the uploaded postal codes (a seeded random), so the indexes are read across their range.
 */
public final class DecideDriver {

    record Options(URI gateway, URI management, String key, long gatewayPid, int rate, int clients, Duration duration,
                   Duration warmup, int rounds, List<String> scenarios, Path results) {
    }

    static final int TABLE_ROWS = 100_000;
    static final int SMALL_TABLE_ROWS = 20_000;
    static final int CARD_ZONES = 2_000;
    static final int SLABS_PER_ZONE = 4;

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Api api = new Api(client, o);

        List<String> accounts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String body = """
                    {"carrier":"sandbox","name":"decide-%d","settings":{"latency_ms":"50"},"credentials":{"api_key":"bench"}}""".formatted(i);
            accounts.add(api.id(api.send("POST", "/v1/carrier-accounts", "application/json", body, 201)));
        }
        System.out.println("Accounts: " + accounts);

        System.out.println("\n== Uploads (time; gateway heap used: before -> peak during)");
        upload(api, o, "serviceability table, " + TABLE_ROWS + " rows", "PUT",
                "/v1/carrier-accounts/" + accounts.get(0) + "/serviceability?currency=INR", "text/csv", serviceabilityCsv(TABLE_ROWS, 0));
        upload(api, o, "rate card, " + (CARD_ZONES * (1 + SLABS_PER_ZONE + 1) + 2) + " lines", "PUT",
                "/v1/carrier-accounts/" + accounts.get(0) + "/rate-cards/surface", "text/csv", bigCard());
        for (int a = 0; a < accounts.size(); a++) {
            if (a > 0) {
                api.send("PUT", "/v1/carrier-accounts/" + accounts.get(a) + "/serviceability?currency=INR", "text/csv",
                        serviceabilityCsv(SMALL_TABLE_ROWS, a), 200);
                api.send("PUT", "/v1/carrier-accounts/" + accounts.get(a) + "/rate-cards/surface", "text/csv", card(40 + 5 * a), 200);
            }
            api.send("PUT", "/v1/carrier-accounts/" + accounts.get(a) + "/rate-cards/express", "text/csv", card(80 - 7 * a), 200);
        }

        // the accounts with tables and cards only: the demo tenant's own sandbox account has neither, and would be asked live
        String ids = accounts.stream().map(a -> "\"" + a + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put("trivial", new Scenario("trivial", "GET", "/v1/api-keys/current", i -> null));
        all.put("serviceability", new Scenario("serviceability", "POST", "/v1/serviceability", i -> """
                {"origin":{"country":"IN","postal_code":"122015"},"destination":{"country":"IN","postal_code":"%s"},\
                "payment_mode":"COD","cod_amount":{"amount":"450.00","currency":"INR"},\
                "parcel":{"weight":{"value":1.2,"unit":"KG"}},"carrier_account_ids":%s}""".formatted(pincode(i), ids)));
        all.put("edd", new Scenario("edd", "POST", "/v1/edd", i -> """
                {"origin":{"country":"IN","postal_code":"122015"},"destination":{"country":"IN","postal_code":"%s"},\
                "ship_time":"2026-12-08T10:30:00+05:30","cut_off":"17:00","confidence":0.9,"carrier_account_ids":%s}""".formatted(pincode(i), ids)));
        all.put("recommend", new Scenario("recommend", "POST", "/v1/recommendations", i -> """
                {"origin":{"country":"IN","postal_code":"122015"},"destination":{"country":"IN","postal_code":"%s"},\
                "payment_mode":"PREPAID","parcels":[{"weight":{"value":1.2,"unit":"KG"}}],"carrier_account_ids":%s}""".formatted(pincode(i), ids)));
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : o.scenarios()) {
            Scenario s = all.get(name);
            if (s == null) {
                throw new IllegalArgumentException("unknown scenario " + name + " (known: " + all.keySet() + ")");
            }
            HttpResponse<String> check = api.request(s, 1);
            if (check.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + check.statusCode() + ": " + check.body());
            }
            scenarios.add(s);
        }

        System.out.printf(Locale.ROOT, "%n== Warm-up: every scenario at %d clients for %s%n", o.clients(), o.warmup());
        for (Scenario s : scenarios) {
            closedLoop(api, s, o.clients(), o.warmup(), o);
        }
        Map<String, Tally> capacity = new LinkedHashMap<>();
        Map<String, Tally> fixed = new LinkedHashMap<>();
        Duration slice = o.duration().dividedBy(o.rounds());
        for (int round = 0; round < o.rounds(); round++) {
            for (Scenario s : scenarios) {
                capacity.computeIfAbsent(s.name(), k -> new Tally()).add(closedLoop(api, s, o.clients(), slice, o));
            }
            for (Scenario s : scenarios) {
                fixed.computeIfAbsent(s.name(), k -> new Tally()).add(openLoop(api, s, o.rate(), slice, o));
            }
        }

        System.out.printf(Locale.ROOT, "%n== Capacity: %d clients, %s per scenario%n", o.clients(), o.duration());
        System.out.printf(Locale.ROOT, "%-15s %10s %10s %10s %12s %8s%n", "scenario", "req/s", "p50 ms", "p99 ms", "gw CPU/req", "errors");
        Tally trivial = capacity.get("trivial");
        for (Map.Entry<String, Tally> e : capacity.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "%-15s %10.0f %10.2f %10.2f %9.3f ms %8d%s%n", e.getKey(), t.perSecond(), t.percentile(50),
                    t.percentile(99), t.cpuMsPerRequest(), t.errors, trivial == null || e.getKey().equals("trivial") ? ""
                            : String.format(Locale.ROOT, "   %.2fx trivial", t.perSecond() / trivial.perSecond()));
        }
        System.out.printf(Locale.ROOT, "%n== Fixed rate: %d requests/s, %s per scenario (latency from the scheduled send time)%n",
                o.rate(), o.duration());
        System.out.printf(Locale.ROOT, "%-15s %10s %9s %9s %9s %9s %9s %10s %8s%n", "scenario", "sent/s", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "late>1ms", "gw CPU/req", "errors");
        for (Map.Entry<String, Tally> e : fixed.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "%-15s %10.0f %9.2f %9.2f %9.2f %9.2f %9d %7.3f ms %8d%n", e.getKey(), t.perSecond(),
                    t.percentile(50), t.percentile(90), t.percentile(99), t.percentile(100), t.late, t.cpuMsPerRequest(), t.errors);
        }
        System.out.println("\nGoals (issue 17): p99 <= 5 ms at >= 2,000 requests/s; throughput >= 0.8x the trivial endpoint's.");
        for (String name : fixed.keySet()) {
            if (name.equals("trivial")) {
                continue;
            }
            Tally f = fixed.get(name);
            Tally c = capacity.get(name);
            boolean rateOk = o.rate() >= 2000 && f.perSecond() >= 0.98 * o.rate() && f.errors == 0;
            boolean p99Ok = f.percentile(99) <= 5.0;
            boolean ratioOk = trivial != null && c.perSecond() >= 0.8 * trivial.perSecond();
            System.out.printf(Locale.ROOT, "  %-15s p99 %.2f ms at %.0f/s: %s; capacity %.0f/s = %.2fx trivial: %s%n", name,
                    f.percentile(99), f.perSecond(), rateOk && p99Ok ? "PASS" : "MISS", c.perSecond(),
                    trivial == null ? Double.NaN : c.perSecond() / trivial.perSecond(), ratioOk ? "PASS" : "MISS");
        }
        if (o.results() != null) {
            StringBuilder rows = new StringBuilder();
            capacity.forEach((n, t) -> rows.append(String.format(Locale.ROOT, "capacity\t%s\t%d\t%.0f\t%.3f\t%.3f\t%.3f%n", n, o.clients(),
                    t.perSecond(), t.percentile(50), t.percentile(99), t.cpuMsPerRequest())));
            fixed.forEach((n, t) -> rows.append(String.format(Locale.ROOT, "fixed\t%s\t%d\t%.0f\t%.3f\t%.3f\t%.3f%n", n, o.rate(),
                    t.perSecond(), t.percentile(50), t.percentile(99), t.cpuMsPerRequest())));
            Files.writeString(o.results(), rows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    // ---- data ----

    /** The i-th of the postal codes the tables hold: six-digit pincodes from 110000 up. */
    static String pincode(int i) {
        return Integer.toString(110_000 + Math.floorMod(i * 7919, SMALL_TABLE_ROWS));
    }

    static String serviceabilityCsv(int rows, int variant) {
        StringBuilder csv = new StringBuilder(rows * 32).append("country,postal_code,prepaid,cod,cod_limit,pickup,reverse_pickup,oda,embargo\n");
        for (int i = 0; i < rows; i++) {
            int code = 110_000 + i;
            boolean oda = (i + variant) % 17 == 0;
            boolean cod = (i + variant) % 11 != 0;
            csv.append("IN,").append(code).append(",Y,").append(cod ? "Y" : "N").append(',')
                    .append(cod && (i + variant) % 5 == 0 ? "5000" : "").append(",Y,Y,").append(oda ? "Y" : "N").append(",N\n");
        }
        return csv.toString();
    }

    static String card(int base) {
        return """
                section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price
                setting,currency,INR,,,,,,,
                setting,country,IN,,,,,,,
                setting,fuel_surcharge_percent,12.5,,,,,,,
                setting,cod_fee_percent,1.5,,,,,,,
                setting,cod_fee_minimum,35,,,,,,,
                zone,,,NEAR,12,12,,,,
                zone,,,FAR,*,*,,,,
                slab,,,NEAR,,,0,0.5,,%d
                slab,,,NEAR,,,0.5,2,,%d
                additional,,,NEAR,,,,,0.5,12
                slab,,,FAR,,,0,0.5,,%d
                slab,,,FAR,,,0.5,2,,%d
                additional,,,FAR,,,,,0.5,20
                """.formatted(base - 10, base, base + 10, base + 25);
    }

    /** A card of CARD_ZONES zones (one lane, slabs and a step each): the 10,000-line import. */
    static String bigCard() {
        StringBuilder csv = new StringBuilder("section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price\n")
                .append("setting,currency,INR,,,,,,,\nsetting,country,IN,,,,,,,\n");
        for (int z = 0; z < CARD_ZONES; z++) {
            String zone = "Z" + z;
            int from = 110_000 + z * 50;
            csv.append("zone,,,").append(zone).append(",12,").append(from).append('-').append(from + 49).append(",,,,\n");
            for (int s = 0; s < SLABS_PER_ZONE; s++) {
                csv.append("slab,,,").append(zone).append(",,,").append(s * 0.5).append(',').append((s + 1) * 0.5).append(",,")
                        .append(30 + s * 8 + z % 13).append('\n');
            }
            csv.append("additional,,,").append(zone).append(",,,,,0.5,").append(14 + z % 7).append('\n');
        }
        csv.append("zone,,,REST,*,*,,,,\nslab,,,REST,,,0,2,,90\nadditional,,,REST,,,,,0.5,25\n");
        return csv.toString();
    }

    static void upload(Api api, Options o, String what, String method, String path, String type, String body) throws Exception {
        HeapSampler heap = new HeapSampler(api, o);
        long before = heap.sample();
        Thread sampler = Thread.ofPlatform().daemon().start(heap);
        long t0 = System.nanoTime();
        api.send(method, path, type, body, 200);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        heap.stop = true;
        sampler.join();
        System.out.printf(Locale.ROOT, "  %-40s %6d ms   heap %4d MB -> %4d MB   (%.1f MB sent)%n", what, ms, before >> 20,
                Math.max(before, heap.peak) >> 20, body.length() / 1048576.0);
    }

    /** The gateway's heap in use, from its Prometheus metrics, sampled until stopped. */
    static final class HeapSampler implements Runnable {
        final Api api;
        final Options o;
        volatile boolean stop;
        volatile long peak;

        HeapSampler(Api api, Options o) {
            this.api = api;
            this.o = o;
        }

        long sample() {
            try {
                HttpResponse<String> r = api.client.send(HttpRequest.newBuilder(o.management().resolve("/actuator/prometheus")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                double sum = 0;
                for (String line : r.body().split("\n")) {
                    if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                return (long) sum;
            } catch (IOException | InterruptedException | RuntimeException e) {
                return 0;
            }
        }

        @Override
        public void run() {
            while (!stop) {
                peak = Math.max(peak, sample());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    // ---- load ----

    record Scenario(String name, String method, String path, IntFunction<String> body) {
    }

    /** What a run of a scenario measured. */
    static final class Tally {
        final List<long[]> latencies = new ArrayList<>();
        long requests;
        long errors;
        long late;
        long nanos;
        long cpuNanos;
        String firstError;

        void add(Tally t) {
            latencies.addAll(t.latencies);
            requests += t.requests;
            errors += t.errors;
            late += t.late;
            nanos += t.nanos;
            cpuNanos += t.cpuNanos;
            if (firstError == null) {
                firstError = t.firstError;
            }
        }

        double perSecond() {
            return nanos == 0 ? 0 : requests * 1e9 / nanos;
        }

        double cpuMsPerRequest() {
            return requests == 0 || cpuNanos < 0 ? Double.NaN : cpuNanos / 1e6 / requests;
        }

        double percentile(double p) {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (all.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * all.length);
            return all[Math.max(0, Math.min(all.length, rank) - 1)] / 1e6;
        }
    }

    static Tally closedLoop(Api api, Scenario s, int clients, Duration time, Options o) throws InterruptedException {
        long until = System.nanoTime() + time.toNanos();
        AtomicLong sequence = new AtomicLong();
        LongAdder errors = new LongAdder();
        ConcurrentLinkedQueue<long[]> recorded = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long cpu0 = cpu(o.gatewayPid());
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < until) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = api.request(s, (int) sequence.incrementAndGet());
                        if (r.statusCode() != 200) {
                            errors.increment();
                            failures.add("HTTP " + r.statusCode() + ": " + r.body());
                            continue;
                        }
                    } catch (IOException e) {
                        errors.increment();
                        failures.add(e.toString());
                        continue;
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - start;
                }
                recorded.add(Arrays.copyOf(mine, n));
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        Tally t = new Tally();
        t.nanos = System.nanoTime() - t0;
        long cpu1 = cpu(o.gatewayPid());
        t.cpuNanos = cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0;
        t.latencies.addAll(recorded);
        t.requests = recorded.stream().mapToLong(a -> a.length).sum() + errors.sum();
        t.errors = errors.sum();
        t.firstError = failures.peek();
        if (t.firstError != null) {
            System.out.println("  " + s.name() + ": first error: " + abbreviate(t.firstError));
        }
        return t;
    }

    static Tally openLoop(Api api, Scenario s, int rate, Duration time, Options o) throws InterruptedException {
        long intervalNanos = 1_000_000_000L / rate;
        int total = (int) (time.toNanos() / intervalNanos);
        long[] latencies = new long[total];
        LongAdder errors = new LongAdder();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
        long late = 0;
        long cpu0 = cpu(o.gatewayPid());
        long t0 = System.nanoTime() + 1_000_000;
        for (int i = 0; i < total; i++) {
            long scheduled = t0 + i * intervalNanos;
            long now;
            while ((now = System.nanoTime()) < scheduled) {
                long wait = scheduled - now;
                if (wait > 200_000) {
                    Thread.sleep(0, (int) Math.min(999_999, wait - 100_000));
                } else {
                    Thread.onSpinWait();
                }
            }
            if (now - scheduled > 1_000_000) {
                late++;
            }
            int index = i;
            pending[i] = api.client.sendAsync(api.build(s, i), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                long end = System.nanoTime();
                if (e != null || r.statusCode() != 200) {
                    errors.increment();
                    failures.add(e != null ? e.toString() : "HTTP " + r.statusCode() + ": " + r.body());
                    latencies[index] = -1;
                } else {
                    latencies[index] = end - scheduled;
                }
                return null;
            });
        }
        CompletableFuture.allOf(pending).join();
        Tally t = new Tally();
        t.nanos = time.toNanos();
        long cpu1 = cpu(o.gatewayPid());
        t.cpuNanos = cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0;
        t.latencies.add(Arrays.stream(latencies).filter(v -> v >= 0).toArray());
        t.requests = total;
        t.errors = errors.sum();
        t.late = late;
        t.firstError = failures.peek();
        if (t.firstError != null) {
            System.out.println("  " + s.name() + " at " + rate + "/s: first error: " + abbreviate(t.firstError));
        }
        return t;
    }

    static long cpu(long pid) {
        if (pid <= 0) {
            return -1;
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    // ---- HTTP ----

    static final class Api {
        final HttpClient client;
        final Options o;

        Api(HttpClient client, Options o) {
            this.client = client;
            this.o = o;
        }

        HttpRequest build(Scenario s, int i) {
            String body = s.body().apply(i);
            HttpRequest.Builder b = HttpRequest.newBuilder(o.gateway().resolve(s.path())).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + o.key());
            if (body == null) {
                b.GET();
            } else {
                b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            return b.build();
        }

        HttpResponse<String> request(Scenario s, int i) throws IOException, InterruptedException {
            return client.send(build(s, i), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String type, String body, int expected) throws IOException, InterruptedException {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(o.gateway().resolve(path)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + o.key()).header("Content-Type", type)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + ": HTTP " + r.statusCode() + ": " + abbreviate(r.body()));
            }
            return r;
        }

        String id(HttpResponse<String> r) {
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (!id.find()) {
                throw new IllegalStateException("no id in " + abbreviate(r.body()));
            }
            return id.group(1);
        }
    }

    // ---- options ----

    static Options parse(String[] args) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            v.put(args[i].substring(2), args[i + 1]);
        }
        return new Options(URI.create(v.get("gateway")), URI.create(v.get("management")), v.get("key"),
                Long.parseLong(v.getOrDefault("gateway-pid", "0")), Integer.parseInt(v.getOrDefault("rate", "2000")),
                Integer.parseInt(v.getOrDefault("clients", "16")), duration(v.getOrDefault("duration", "20s")),
                duration(v.getOrDefault("warmup", "10s")), Integer.parseInt(v.getOrDefault("rounds", "2")),
                List.of(v.getOrDefault("scenarios", "trivial,serviceability,edd,recommend").split(",")),
                v.containsKey("results") ? Path.of(v.get("results")) : null);
    }

    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }
}

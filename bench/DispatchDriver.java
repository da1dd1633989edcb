import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shipgate's webhook dispatch benchmark driver (issue 16): a local receiver that answers 204 at once,
 * one webhook endpoint pointing at it, and outbox events written straight into the gateway's database
 * in committed batches at a controlled rate. It measures the dispatcher (fan-out, claim, signed HTTP
 * delivery, settling), not the API that writes events. JDK plus the PostgreSQL JDBC driver; run it as a
 * single-file program:
 *
 * <pre>java -cp postgresql.jar bench/DispatchDriver.java --gateway http://127.0.0.1:P --key sg_... --jdbc-url ... [options]</pre>
 *
 * Usually started by {@code bench/dispatch.sh}, which starts the gateway with a fresh embedded
 * PostgreSQL and passes the connection.
 *
 * <p>Commit to delivery: the driver takes the time when the commit of an event's batch returned
 * (System.nanoTime, after the server's WAL flush) and the time the receiver, in this same process,
 * got the event's webhook-id; the difference is the latency (an event could arrive in the instant
 * between the server's commit and the driver seeing it: then it counts as 0). Phases:
 * <ol>
 * <li>warm-up: {@code --warmup-events} in one transaction, waited for, not reported;
 * <li>backlog: {@code --backlog} events in one transaction; deliveries per second = events / (last
 *     arrival - commit), and the rate between the 10th and the 90th percent of arrivals;
 * <li>steady: {@code --rate} events per second for {@code --duration}, a batch every 20 ms; p50, p90,
 *     p99 and max of commit to delivery, over every event of the phase.
 * </ol>
 * Each shipment gets {@code --events-per-shipment} events, spread out: the receiver checks that a
 * shipment's events arrive in order. Every signature is verified (Standard Webhooks, v1 HMAC-SHA256).
 */
public final class DispatchDriver {

    static final String PAYLOAD = """
            {"shipment_id":"%s","awb":"SBX%010d","status":"IN_TRANSIT","previous_status":"MANIFESTED",\
            "occurred_at":"2026-12-07T08:10:00Z","status_code":4,"seq":%d}""";
    static final int TICK_MS = 20;

    record Options(String gateway, String key, String jdbcUrl, String dbUser, Path dbPasswordFile, int warmupEvents, int backlog,
                   Duration backlogTimeout, int rate, Duration duration, Duration drainTimeout, int eventsPerShipment,
                   long gatewayPid, long postgresPid, boolean allowNonDurable) {
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Properties passwords = new Properties();
        try (Reader r = Files.newBufferedReader(o.dbPasswordFile())) {
            passwords.load(r);
        }
        try (Connection db = DriverManager.getConnection(o.jdbcUrl(), o.dbUser(), passwords.getProperty(o.dbUser()));
             Receiver receiver = new Receiver()) {
            durability(db, o.allowNonDurable());
            Endpoint endpoint = register(o, receiver);
            receiver.secret(endpoint.secret());
            UUID tenant = tenantOf(db, endpoint.id());
            System.out.printf(Locale.ROOT, "Receiver: %s (answers 204 at once); endpoint %s of tenant %s%n", receiver.url(), endpoint.id(), tenant);
            Events events = new Events(db, tenant, receiver, o.eventsPerShipment());

            if (o.warmupEvents() > 0) {
                Batch warm = events.backlog(o.warmupEvents());
                boolean done = receiver.await(warm, Duration.ofSeconds(120));
                System.out.printf(Locale.ROOT, "Warm-up: %,d events %s in %.1f s%n", o.warmupEvents(), done ? "delivered" : "NOT all delivered",
                        seconds(receiver.lastArrival(warm) - warm.commitNanos(0)));
            }

            Cpu before = Cpu.now(o);
            Batch backlog = events.backlog(o.backlog());
            System.out.printf(Locale.ROOT, "Backlog: %,d events committed in one transaction (insert took %.1f s)%n", o.backlog(),
                    seconds(backlog.commitNanos(0) - backlog.startNanos()));
            boolean drained = receiver.await(backlog, o.backlogTimeout());
            Cpu after = Cpu.now(o);
            long[] arrivals = receiver.arrivals(backlog);
            long t0 = backlog.commitNanos(0);
            int got = arrivals.length;
            double drainS = got == 0 ? 0 : seconds(arrivals[got - 1] - t0);
            System.out.printf(Locale.ROOT, "  delivered %,d of %,d in %.2f s%s: %.0f deliveries/s (commit to last arrival)%n",
                    got, o.backlog(), drained ? drainS : seconds(o.backlogTimeout().toNanos()), drained ? "" : " (TIMED OUT)",
                    drained ? got / drainS : got / seconds(o.backlogTimeout().toNanos()));
            if (got >= 10) {
                int lo = got / 10;
                int hi = got * 9 / 10;
                System.out.printf(Locale.ROOT, "  first delivery after %.0f ms; between the 10th and 90th percent of arrivals: %.0f deliveries/s%n",
                        (arrivals[0] - t0) / 1e6, (hi - lo) / seconds(arrivals[hi] - arrivals[lo]));
            }
            after.print(before, got, "  ");

            Cpu steadyBefore = Cpu.now(o);
            Batch steady = events.steady(o.rate(), o.duration());
            Cpu steadyEnd = Cpu.now(o);
            boolean caughtUp = receiver.await(steady, o.drainTimeout());
            double achieved = steady.size() / seconds(steady.commitNanos(steady.size() - 1) - steady.startNanos());
            System.out.printf(Locale.ROOT, "Steady: %,d events at %d/s for %s (achieved %.0f/s, %d per %d ms batch)%n", steady.size(), o.rate(),
                    o.duration(), achieved, Math.max(1, o.rate() * TICK_MS / 1000), TICK_MS);
            long[] latencies = receiver.latencies(steady);
            if (latencies.length == 0) {
                System.out.println("  nothing delivered");
            } else {
                System.out.printf(Locale.ROOT, "  commit to delivery (ms): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (%,d of %,d delivered%s)%n",
                        pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies[latencies.length - 1] / 1e6,
                        latencies.length, steady.size(), caughtUp ? "" : ", the rest not within " + o.drainTimeout().toSeconds() + " s after the end");
            }
            steadyEnd.print(steadyBefore, steady.size(), "  ");

            System.out.printf(Locale.ROOT, "Checks: %,d signatures verified, %d bad; %d duplicates; %d out of order per shipment%n",
                    receiver.verified.sum(), receiver.badSignatures.sum(), receiver.duplicates.sum(), receiver.outOfOrder.sum());
            if (receiver.badSignatures.sum() > 0 || receiver.outOfOrder.sum() > 0 || receiver.unknown.sum() > 0) {
                System.out.println("FAIL: bad signatures, unknown events or events out of order");
                System.exit(1);
            }
        }
    }

    static double pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    // ---- the database ----

    static void durability(Connection db, boolean allowNonDurable) throws SQLException {
        Map<String, String> settings = new HashMap<>();
        try (Statement s = db.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        System.out.printf(Locale.ROOT, "PostgreSQL %s: fsync=%s synchronous_commit=%s full_page_writes=%s wal_sync_method=%s%n",
                settings.get("server_version"), settings.get("fsync"), settings.get("synchronous_commit"), settings.get("full_page_writes"),
                settings.get("wal_sync_method"));
        if (!allowNonDurable && !("on".equals(settings.get("fsync")) && "on".equals(settings.get("synchronous_commit")))) {
            throw new IllegalStateException("PostgreSQL is not durable (fsync and synchronous_commit must be on; --allow-non-durable to go on)");
        }
    }

    static UUID tenantOf(Connection db, UUID endpoint) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT tenant_id FROM webhook_endpoints WHERE id = ?")) {
            s.setObject(1, endpoint);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Events committed together or at a rate; index i of the batch is event {@code first + i} of the driver. */
    record Batch(int first, int size, long startNanos, long[] commits) {
        long commitNanos(int i) {
            return commits[i];
        }
    }

    /** Writes outbox events as the gateway's Outbox does (same columns), in committed batches. */
    static final class Events {
        private final Connection db;
        private final UUID tenant;
        private final Receiver receiver;
        private final int perShipment;
        private int next;

        Events(Connection db, UUID tenant, Receiver receiver, int perShipment) throws SQLException {
            this.db = db;
            this.tenant = tenant;
            this.receiver = receiver;
            this.perShipment = perShipment;
            db.setAutoCommit(false);
        }

        /** {@code n} events in one transaction. */
        Batch backlog(int n) throws SQLException {
            int first = next;
            long start = System.nanoTime();
            List<Event> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                all.add(event(first, n, i));
            }
            for (int from = 0; from < n; from += 1000) {
                insert(all.subList(from, Math.min(n, from + 1000)));
            }
            db.commit();
            long committed = System.nanoTime();
            long[] commits = new long[n];
            Arrays.fill(commits, committed);
            next += n;
            return new Batch(first, n, start, commits);
        }

        /** {@code rate} events a second for {@code duration}: a committed batch every 20 ms, paced on the clock. */
        Batch steady(int rate, Duration duration) throws Exception {
            int ticks = (int) (duration.toMillis() / TICK_MS);
            int n = (int) ((long) rate * duration.toMillis() / 1000);
            int first = next;
            long[] commits = new long[n];
            long start = System.nanoTime();
            int done = 0;
            for (int tick = 0; tick < ticks && done < n; tick++) {
                long due = start + tick * TICK_MS * 1_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int upTo = (int) Math.min(n, (long) n * (tick + 1) / ticks);
                List<Event> batch = new ArrayList<>();
                for (int i = done; i < upTo; i++) {
                    batch.add(event(first, n, i));
                }
                insert(batch);
                db.commit();
                long committed = System.nanoTime();
                for (int i = done; i < upTo; i++) {
                    commits[i] = committed;
                }
                done = upTo;
            }
            next += n;
            return new Batch(first, n, start, commits);
        }

        /**
         * Event {@code i} of a phase of {@code n}: shipment {@code i % (n / perShipment)}, so that a
         * shipment's events are spread over the phase, its {@code seq}-th event.
         */
        private Event event(int first, int n, int i) {
            int shipments = Math.max(1, n / perShipment);
            int shipment = first + i % shipments;
            int seq = i / shipments;
            UUID id = UUID.randomUUID();
            receiver.expect(id, first + i, shipment, seq);
            return new Event(first + i, id, new UUID(0x5348_4950L, shipment), PAYLOAD.formatted(new UUID(0x5348_4950L, shipment), shipment, seq));
        }

        private void insert(List<Event> batch) throws SQLException {
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO outbox (tenant_id, aggregate_type, aggregate_id, event_type, event_version, payload, event_id)
                    VALUES (?, 'shipment', ?, 'shipment.status_changed', 1, ?::jsonb, ?)""")) {
                for (Event e : batch) {
                    s.setObject(1, tenant);
                    s.setObject(2, e.shipment());
                    s.setString(3, e.payload());
                    s.setObject(4, e.id());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    record Event(int index, UUID id, UUID shipment, String payload) {
    }

    // ---- the receiver ----

    record Expected(int index, int shipment, int seq) {
    }

    /** The merchant's receiver: the JDK's HTTP server on 127.0.0.1, answering 204 at once after recording and verifying. */
    static final class Receiver implements AutoCloseable {
        private static final int MAX_EVENTS = 2_000_000;
        private final HttpServer server;
        private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        private final Map<UUID, Expected> expected = new ConcurrentHashMap<>();
        private final Map<Integer, AtomicInteger> lastSeq = new ConcurrentHashMap<>();
        private final AtomicLongArray arrival = new AtomicLongArray(MAX_EVENTS);
        final LongAdder verified = new LongAdder();
        final LongAdder badSignatures = new LongAdder();
        final LongAdder duplicates = new LongAdder();
        final LongAdder outOfOrder = new LongAdder();
        final LongAdder unknown = new LongAdder();
        private volatile byte[] key;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
            server.setExecutor(threads);
            server.createContext("/hook", exchange -> {
                long now = System.nanoTime();
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                received(now, id, timestamp, signature, body);
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void secret(String secret) {
            key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        }

        void expect(UUID id, int index, int shipment, int seq) {
            expected.put(id, new Expected(index, shipment, seq));
        }

        private void received(long now, String id, String timestamp, String signature, byte[] body) {
            Expected e = id == null ? null : expected.get(UUID.fromString(id));
            if (e == null) {
                unknown.increment();
                return;
            }
            if (verify(id, timestamp, signature, body)) {
                verified.increment();
            } else {
                badSignatures.increment();
            }
            if (!arrival.compareAndSet(e.index(), 0, now)) {
                duplicates.increment();
                return;
            }
            int before = lastSeq.computeIfAbsent(e.shipment(), s -> new AtomicInteger(-1)).getAndAccumulate(e.seq(), Math::max);
            if (before > e.seq()) {
                outOfOrder.increment();
            }
        }

        private boolean verify(String id, String timestamp, String signature, byte[] body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
                byte[] expectedMac = mac.doFinal(body);
                for (String s : signature.split(" ")) {
                    if (s.startsWith("v1,") && MessageDigest.isEqual(expectedMac, Base64.getDecoder().decode(s.substring(3)))) {
                        return true;
                    }
                }
                return false;
            } catch (Exception ex) {
                return false;
            }
        }

        /** Waits until every event of the batch arrived, at most {@code timeout}; whether they all did. */
        boolean await(Batch batch, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int from = batch.first();
            while (System.nanoTime() < deadline) {
                while (from < batch.first() + batch.size() && arrival.get(from) != 0) {
                    from++;
                }
                if (from == batch.first() + batch.size()) {
                    return true;
                }
                Thread.sleep(5);
            }
            return false;
        }

        /** The batch's arrival times, sorted (only the events that arrived). */
        long[] arrivals(Batch batch) {
            long[] all = new long[batch.size()];
            int n = 0;
            for (int i = 0; i < batch.size(); i++) {
                long t = arrival.get(batch.first() + i);
                if (t != 0) {
                    all[n++] = t;
                }
            }
            long[] got = Arrays.copyOf(all, n);
            Arrays.sort(got);
            return got;
        }

        long lastArrival(Batch batch) {
            long[] got = arrivals(batch);
            return got.length == 0 ? batch.commitNanos(0) : got[got.length - 1];
        }

        /** Commit to arrival of the batch's delivered events, nanoseconds, sorted. */
        long[] latencies(Batch batch) {
            long[] all = new long[batch.size()];
            int n = 0;
            for (int i = 0; i < batch.size(); i++) {
                long t = arrival.get(batch.first() + i);
                if (t != 0) {
                    all[n++] = Math.max(0, t - batch.commitNanos(i));
                }
            }
            long[] got = Arrays.copyOf(all, n);
            Arrays.sort(got);
            return got;
        }

        @Override
        public void close() {
            server.stop(0);
            threads.close();
        }
    }

    // ---- the gateway's API ----

    record Endpoint(UUID id, String secret) {
    }

    static Endpoint register(Options o, Receiver receiver) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(o.gateway() + "/v1/webhook-endpoints"))
                            .header("authorization", "Bearer " + o.key()).header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + receiver.url() + "\",\"event_types\":[\"*\"],\"description\":\"dispatch benchmark\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("registering the endpoint answered " + created.statusCode() + ": " + created.body());
            }
            return new Endpoint(UUID.fromString(field(created.body(), "id")), field(created.body(), "secret"));
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    // ---- CPU of the processes involved ----

    record Cpu(long at, long gateway, long postgres, long driver, long busy, long total) {
        static Cpu now(Options o) {
            long[] machine = machineTicks();
            return new Cpu(System.nanoTime(), cpuNanos(o.gatewayPid(), false), cpuNanos(o.postgresPid(), true),
                    cpuNanos(ProcessHandle.current().pid(), false), machine[0], machine[1]);
        }

        /** Shares of a core (100% = one core) over the window since {@code before}; "others" is the rest of the machine. */
        void print(Cpu before, int deliveries, String indent) {
            double wall = (at - before.at()) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            double machine = total == before.total() ? Double.NaN : 100.0 * cores * (busy - before.busy()) / (total - before.total());
            double g = share(gateway, before.gateway(), wall);
            double p = share(postgres, before.postgres(), wall);
            double d = share(driver, before.driver(), wall);
            System.out.printf(Locale.ROOT, "%sCPU (%% of a core): gateway %.0f%% (%.2f ms per delivery), PostgreSQL %.0f%% (%.2f ms), driver %.0f%%,"
                            + " others %.0f%%; machine %.0f%% of %d00%%%s%n",
                    indent, g, per(gateway, before.gateway(), deliveries), p, per(postgres, before.postgres(), deliveries), d,
                    machine - g - p - d, machine, cores, machine - g - p - d > 15 ? " (DISTURBED: other processes used the machine)" : "");
        }

        private static double share(long now, long then, double wall) {
            return now < 0 || then < 0 ? Double.NaN : 100.0 * (now - then) / 1e9 / wall;
        }

        private static double per(long now, long then, int n) {
            return now < 0 || then < 0 || n == 0 ? Double.NaN : (now - then) / 1e6 / n;
        }
    }

    static long cpuNanos(long pid, boolean withChildren) {
        ProcessHandle process = pid > 0 ? ProcessHandle.of(pid).orElse(null) : null;
        if (process == null) {
            return -1;
        }
        long total = process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        if (withChildren && total >= 0) {
            total += process.children().mapToLong(c -> c.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        }
        return total;
    }

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

    // ---- options ----

    static Options parse(String[] args) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String name = a.substring(2);
            if (name.contains("=")) {
                v.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (name.equals("allow-non-durable")) {
                v.put(name, "true");
            } else {
                v.put(name, args[++i]);
            }
        }
        for (String required : List.of("gateway", "key", "jdbc-url", "db-password-file")) {
            if (!v.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return new Options(v.get("gateway"), v.get("key"), v.get("jdbc-url"), v.getOrDefault("db-user", "shipgate"),
                Path.of(v.get("db-password-file")), Integer.parseInt(v.getOrDefault("warmup-events", "5000")),
                Integer.parseInt(v.getOrDefault("backlog", "30000")), duration(v.getOrDefault("backlog-timeout", "60s")),
                Integer.parseInt(v.getOrDefault("rate", "750")), duration(v.getOrDefault("duration", "30s")),
                duration(v.getOrDefault("drain-timeout", "30s")), Integer.parseInt(v.getOrDefault("events-per-shipment", "3")),
                Long.parseLong(v.getOrDefault("gateway-pid", "0")), Long.parseLong(v.getOrDefault("postgres-pid", "0")),
                Boolean.parseBoolean(v.getOrDefault("allow-non-durable", "false")));
    }

    static Duration duration(String s) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m)").matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + s + " (e.g. 30s, 500ms, 2m)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }
}

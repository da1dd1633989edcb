import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 16's intake benchmark (bench/intake.sh runs it): carrier tracking pushes over HTTP to the gateway's carrier
 * webhook endpoint, and how fast they are accepted (202) and fully processed (events stored once, statuses moved, outbox
 * written, pushes marked processed), observed in the gateway's PostgreSQL; and, in the same run and the same JVM, the
 * ceiling of that PostgreSQL: single-row INSERT + COMMIT, one at a time, from one JDBC connection.
 *
 * <p>A single-file program: {@code java -cp postgresql.jar bench/IntakeDriver.java --gateway URL --key KEY --db-url URL
 * --db-password-file FILE}. Each scenario gets its own sandbox carrier account (with a webhook secret) and its own
 * trackers ({@code POST /v1/trackers}), and pushes each tracker a realistic life: picked up, in transit scans, out for
 * delivery, delivered (20 events by default, 4 status changes, 5 events for merchants). Scenarios:
 * <ul>
 *   <li>{@code live:E}: pushes of E events each, sent by the clients while the intake runs; processed/s is from the first
 *       push received to the last processed (so it cannot exceed what the endpoint accepts);</li>
 *   <li>{@code backlog:E}: the same pushes, held from the intake while they are sent (a trigger the driver puts on
 *       tracking_pushes for the scenario's account moves their next_attempt_at a day ahead), then released in one
 *       statement: processed/s is the intake's own capacity, from the release to the last processed.</li>
 * </ul>
 */
public class IntakeDriver {

    record Options(URI gateway, String key, String dbUrl, String dbUser, Path dbPasswordFile, int clients, int trackers,
                   int eventsPerTracker, List<String> scenarios, Duration ceiling, int warmupTrackers, Duration timeout) {
    }

    record Push(String awb, String body, int events) {
    }

    record Scenario(String name, boolean backlog, int eventsPerPush) {
    }

    static final int CORES = Runtime.getRuntime().availableProcessors();
    static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Properties passwords = new Properties();
        try (Reader r = Files.newBufferedReader(o.dbPasswordFile())) {
            passwords.load(r);
        }
        try (Connection db = DriverManager.getConnection(o.dbUrl(), o.dbUser(), passwords.getProperty(o.dbUser()));
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()) {
            db.setAutoCommit(true);
            durability(db);
            List<String> results = new ArrayList<>();
            if (o.warmupTrackers() > 0) {
                System.out.println();
                System.out.println("JIT warm-up (not measured): live:1 and live:" + Math.min(10, o.eventsPerTracker()) + " on " + o.warmupTrackers()
                        + " trackers each");
                run(o, db, http, new Scenario("warm-up", false, 1), o.warmupTrackers(), true);
                run(o, db, http, new Scenario("warm-up", false, Math.min(10, o.eventsPerTracker())), o.warmupTrackers(), true);
            }
            double ceiling = ceiling(db, o.ceiling());
            for (String s : o.scenarios()) {
                String[] p = s.split(":");
                Scenario scenario = new Scenario(s, p[0].equals("backlog"), Integer.parseInt(p[1]));
                results.add(run(o, db, http, scenario, o.trackers(), false));
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "Ceiling: %.0f single-row durable INSERT + COMMIT per second (one connection)%n", ceiling);
            System.out.printf(Locale.ROOT, "%-11s %8s %8s %10s %10s %11s %9s %9s %8s %8s %8s %9s%n", "scenario", "pushes", "events", "pushes/s",
                    "accept ev/s", "process ev/s", "x ceiling", "machine", "gateway", "postgres", "others", "cpu ms/ev");
            for (String r : results) {
                String[] c = r.split("\t");
                System.out.printf(Locale.ROOT, "%-11s %8s %8s %10s %10s %11s %9s %9s %8s %8s %8s %9s%n", c[0], c[1], c[2], c[3], c[4], c[5],
                        String.format(Locale.ROOT, "%.2f", Double.parseDouble(c[5]) / ceiling), c[6], c[7], c[8], c[9], c[10]);
            }
            System.out.println("(ev/s: events per second; process ev/s of live: from the first push received to the last processed, of"
                    + " backlog: from the release to the last processed; machine: busy CPU out of " + CORES * 100
                    + "% while processing, gateway, postgres and others: their share of it; others above 15% of a core: disturbed;"
                    + " cpu ms/ev: the gateway's and PostgreSQL's CPU per event, in the same window)");
        }
    }

    // ---- durability and the ceiling ----

    static void durability(Connection db) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Statement st = db.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "commit_delay", "server_version")) {
                try (ResultSet rs = st.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        System.out.println("PostgreSQL: " + settings);
        if (!"on".equals(settings.get("fsync")) || !"on".equals(settings.get("synchronous_commit"))) {
            throw new IllegalStateException("PostgreSQL is not durable (fsync and synchronous_commit must be on): " + settings);
        }
    }

    /** Single-row INSERT, each its own transaction (autocommit), from this one connection, for {@code time}: rows per second. */
    static double ceiling(Connection db, Duration time) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_ceiling");
            st.execute("CREATE TABLE bench_ceiling (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(),"
                    + " payload text NOT NULL)");
        }
        Cpu cpuBefore = Cpu.read(null);
        long rows = 0;
        long[] latencies = new long[1 << 20];
        long start = System.nanoTime();
        long end = start + time.toNanos();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_ceiling (payload) VALUES (?)")) {
            long now = start;
            while (now < end) {
                insert.setString(1, "push " + rows);
                insert.executeUpdate();
                long after = System.nanoTime();
                if (rows < latencies.length) {
                    latencies[(int) rows] = after - now;
                }
                rows++;
                now = after;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, (int) Math.min(rows, latencies.length));
        Arrays.sort(sorted);
        long counted;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM bench_ceiling")) {
            rs.next();
            counted = rs.getLong(1);
        }
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE bench_ceiling");
        }
        double perSecond = counted / seconds;
        System.out.println();
        System.out.printf(Locale.ROOT, "Ceiling: %d single-row INSERT + COMMIT in %.1f s from one JDBC connection: %.0f per second"
                        + " (p50 %.3f ms, p99 %.3f ms per commit)%n", counted, seconds, perSecond,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
        System.out.println("  CPU " + Cpu.read(null).since(cpuBefore).describe("meanwhile"));
        return perSecond;
    }

    // ---- a scenario ----

    static String run(Options o, Connection db, HttpClient http, Scenario s, int trackerCount, boolean warmup) throws Exception {
        String secret = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        String account = createAccount(o, http, "intake-" + tag, secret);
        List<String> awbs = new ArrayList<>();
        for (int i = 0; i < trackerCount; i++) {
            awbs.add("IB" + tag + String.format(Locale.ROOT, "%06d", i));
        }
        long setupStart = System.nanoTime();
        parallel(o.clients(), awbs.size(), i -> {
            String body = """
                    {"carrier":"sandbox","tracking_number":"%s","carrier_account_id":"%s"}""".formatted(awbs.get(i), account);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(o.gateway().resolve("/v1/trackers"))
                    .header("Authorization", "Bearer " + o.key()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("creating tracker " + awbs.get(i) + ": HTTP " + r.statusCode() + ": " + r.body());
            }
        });
        List<Push> pushes = pushes(awbs, o.eventsPerTracker(), s.eventsPerPush());
        int events = pushes.stream().mapToInt(Push::events).sum();
        if (!warmup) {
            System.out.println();
            System.out.printf(Locale.ROOT, "%s: %d pushes of %d event(s), %d events, %d trackers of account %s (%d trackers created in %.1f s)%n",
                    s.name(), pushes.size(), s.eventsPerPush(), events, trackerCount, account, trackerCount,
                    (System.nanoTime() - setupStart) / 1e9);
        }
        if (s.backlog()) {
            try (Statement st = db.createStatement()) {
                st.execute("""
                        CREATE OR REPLACE FUNCTION bench_hold() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN NEW.next_attempt_at := NEW.next_attempt_at + interval '1 day'; RETURN NEW; END $$""");
                st.execute("CREATE TRIGGER bench_hold BEFORE INSERT ON tracking_pushes FOR EACH ROW WHEN (NEW.carrier_account_id = '"
                        + account + "') EXECUTE FUNCTION bench_hold()");
            }
        }
        URI uri = o.gateway().resolve("/v1/webhooks/carriers/sandbox/" + account);
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicLong firstError = new AtomicLong();
        Cpu cpuBefore = Cpu.read(o);
        long sendStart = System.nanoTime();
        parallel(o.clients(), pushes.size(), i -> {
            Push p = pushes.get(i);
            byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r;
            try {
                r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .header("X-Sandbox-Signature", "sha256=" + HexFormat.of().formatHex(sign(secret, body)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                return;
            }
            if (r.statusCode() == 202) {
                accepted.incrementAndGet();
            } else {
                failures.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                if (firstError.compareAndSet(0, 1)) {
                    System.out.println("  first error: HTTP " + r.statusCode() + ": " + r.body());
                }
            }
        });
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        Cpu cpuSent = Cpu.read(o);
        Timestamp released = null;
        if (s.backlog()) {
            try (Statement st = db.createStatement()) {
                st.execute("DROP TRIGGER bench_hold ON tracking_pushes");
                try (ResultSet rs = st.executeQuery("UPDATE tracking_pushes SET next_attempt_at = received_at WHERE carrier_account_id = '"
                        + account + "' AND state = 'PENDING' RETURNING clock_timestamp()")) {
                    while (rs.next()) {
                        released = rs.getTimestamp(1);
                    }
                }
            }
        }
        // wait until every accepted push is processed (or dead), or nothing moves for the timeout
        long lastProgress = System.nanoTime();
        long lastDone = -1;
        long processed = 0, dead = 0;
        Timestamp firstReceived = null, lastProcessed = null;
        // (pending pushes are counted through the intake's own partial index: cheap, so the polling costs PostgreSQL little)
        while (true) {
            long pending;
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT count(*) FROM tracking_pushes WHERE state = 'PENDING' AND carrier_account_id = ?::uuid AND next_attempt_at > '-infinity'")) {
                q.setString(1, account);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    pending = rs.getLong(1);
                }
            }
            long done = accepted.get() - pending;
            if (pending == 0) {
                break;
            }
            if (done != lastDone) {
                lastDone = done;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > o.timeout().toNanos()) {
                System.out.println("  no progress for " + o.timeout().toSeconds() + " s: " + done + " of " + accepted.get() + " pushes done");
                break;
            }
            Thread.sleep(100);
        }
        try (PreparedStatement q = db.prepareStatement("""
                SELECT count(*) FILTER (WHERE state = 'PROCESSED'), count(*) FILTER (WHERE state = 'DEAD'), min(received_at), max(processed_at)
                FROM tracking_pushes WHERE carrier_account_id = ?::uuid""")) {
            q.setString(1, account);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                processed = rs.getLong(1);
                dead = rs.getLong(2);
                firstReceived = rs.getTimestamp(3);
                lastProcessed = rs.getTimestamp(4);
            }
        }
        Cpu cpuDone = Cpu.read(o);
        if (warmup) {
            return "";
        }
        Map<String, Long> statuses = counts(db, "SELECT status, count(*) FROM shipments WHERE carrier_account_id = ?::uuid GROUP BY 1", account);
        Map<String, Long> outbox = counts(db, """
                SELECT event_type, count(*) FROM outbox WHERE aggregate_id IN (SELECT id FROM shipments WHERE carrier_account_id = ?::uuid)
                GROUP BY 1""", account);
        long stored = counts(db, """
                SELECT 'events', count(*) FROM tracking_events WHERE shipment_id IN (SELECT id FROM shipments WHERE carrier_account_id = ?::uuid)""",
                account).getOrDefault("events", 0L);
        Instant from = s.backlog() ? released.toInstant() : firstReceived.toInstant();
        double processSeconds = Duration.between(from, lastProcessed.toInstant()).toNanos() / 1e9;
        double acceptEvents = accepted.get() * (double) s.eventsPerPush() / sendSeconds;
        double processEvents = processed * (double) events / pushes.size() / processSeconds;
        System.out.printf(Locale.ROOT, "  accepted: %d of %d pushes (202) in %.2f s: %.0f pushes/s, %.0f events/s%s%n", accepted.get(),
                pushes.size(), sendSeconds, accepted.get() / sendSeconds, acceptEvents, failures.isEmpty() ? "" : "; failures " + new TreeMap<>(failures));
        System.out.printf(Locale.ROOT, "  processed: %d pushes (%d dead) in %.2f s %s: %.0f events/s%n", processed, dead, processSeconds,
                s.backlog() ? "from the release" : "from the first received", processEvents);
        System.out.printf(Locale.ROOT, "  stored: %d tracking events (expected %d), statuses %s, outbox %s%n", stored,
                (long) trackerCount * o.eventsPerTracker(), statuses, outbox);
        String machine = cpuSent.since(cpuBefore).describe("while sending") + "; " + cpuDone.since(s.backlog() ? cpuSent : cpuBefore)
                .describe(s.backlog() ? "while draining" : "sending and processing");
        System.out.println("  CPU " + machine);
        if (stored != (long) trackerCount * o.eventsPerTracker()) {
            System.out.println("  WARNING: not every event was stored once");
        }
        Cpu.Delta d = cpuDone.since(s.backlog() ? cpuSent : cpuBefore);
        // CPU ticks are 10 ms: the gateway's and PostgreSQL's CPU per event, what the disturbance of others changes least
        double cpuPerEvent = (d.gateway() + d.postgres()) * 10.0 / events;
        System.out.printf(Locale.ROOT, "  gateway + PostgreSQL CPU per event %s: %.3f ms%n", s.backlog() ? "while draining" : "sending and processing",
                cpuPerEvent);
        return String.join("\t", s.name(), Integer.toString(pushes.size()), Integer.toString(events),
                String.format(Locale.ROOT, "%.0f", accepted.get() / sendSeconds), String.format(Locale.ROOT, "%.0f", acceptEvents),
                String.format(Locale.ROOT, "%.0f", processEvents), d.pct(d.busy()), d.pct(d.gateway()), d.pct(d.postgres()),
                d.pct(d.others()), String.format(Locale.ROOT, "%.3f", cpuPerEvent));
    }

    /**
     * Each tracker's life in {@code perTracker} events (picked up, in transit scans, out for delivery, delivered), a few minutes
     * apart, cut into pushes of {@code perPush} events; push k goes to tracker k % trackers, so each tracker gets its pushes in
     * order, far apart, as a carrier sends them.
     */
    static List<Push> pushes(List<String> awbs, int perTracker, int perPush) {
        Instant base = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        ZoneOffset offset = ZoneOffset.ofHoursMinutes(5, 30);
        String[] cities = {"Mumbai", "Pune", "Nagpur", "Bhopal", "Agra", "Delhi"};
        int chunks = (perTracker + perPush - 1) / perPush;
        List<Push> pushes = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            for (int t = 0; t < awbs.size(); t++) {
                StringBuilder events = new StringBuilder();
                int n = 0;
                for (int j = c * perPush; j < Math.min(perTracker, (c + 1) * perPush); j++) {
                    String code = j == 0 ? "PKD" : j == perTracker - 1 ? "DLV" : j == perTracker - 2 ? "OFD" : "ITR";
                    String text = switch (code) {
                        case "PKD" -> "Picked up";
                        case "OFD" -> "Out for delivery";
                        case "DLV" -> "Delivered";
                        default -> "In transit, arrived at facility";
                    };
                    OffsetDateTime at = base.plus(Duration.ofMinutes(10L * j)).plusSeconds(t % 600).atOffset(offset);
                    if (n++ > 0) {
                        events.append(',');
                    }
                    events.append("""
                            {"code":"%s","description":"%s","location":{"city":"%s","country":"IN"},"timestamp":"%s"}"""
                            .formatted(code, text, cities[j % cities.length], at));
                }
                pushes.add(new Push(awbs.get(t), "{\"awb\":\"" + awbs.get(t) + "\",\"events\":[" + events + "]}", n));
            }
        }
        return pushes;
    }

    static String createAccount(Options o, HttpClient http, String name, String secret) throws IOException, InterruptedException {
        String body = """
                {"carrier":"sandbox","name":"%s","settings":{"latency_ms":"0"},"credentials":{"api_key":"bench","webhook_secret":"%s"}}"""
                .formatted(name, secret);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(o.gateway().resolve("/v1/carrier-accounts"))
                .header("Authorization", "Bearer " + o.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("creating carrier account " + name + ": HTTP " + r.statusCode() + ": " + r.body());
        }
        return id.group(1);
    }

    static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> counts(Connection db, String sql, String account) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, account);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    interface Task {
        void run(int index) throws Exception;
    }

    /** {@code clients} virtual threads take indexes 0..n-1 in turn, each doing one at a time (closed loop). */
    static void parallel(int clients, int n, Task task) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        Map<String, Throwable> failed = new ConcurrentHashMap<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n && failed.isEmpty()) {
                    try {
                        task.run(i);
                    } catch (Exception e) {
                        failed.putIfAbsent("first", e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException(failed.get("first").getMessage(), failed.get("first"));
        }
    }

    // ---- CPU from /proc ----

    record Cpu(long busyTicks, long totalTicks, long gatewayTicks, long postgresTicks, long driverTicks) {

        record Delta(double busy, double gateway, double postgres, double driver, double seconds) {
            /** What the rest of the machine used (other people's builds...): the figures are disturbed when it is large. */
            double others() {
                return Math.max(0, busy - gateway - postgres - driver);
            }

            String pct(double ticks) {
                return seconds <= 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", ticks / seconds);
            }

            String describe(String when) {
                return String.format(Locale.ROOT, "%s: machine %s (gateway %s, postgres %s, driver %s, others %s) of %d%%", when, pct(busy),
                        pct(gateway), pct(postgres), pct(driver), pct(others()), CORES * 100);
            }
        }

        Delta since(Cpu before) {
            // ticks are 1/100 s: per second of wall time they are percent of a core
            double wallSeconds = (totalTicks - before.totalTicks) / 100.0 / CORES;
            return new Delta(busyTicks - before.busyTicks, gatewayTicks - before.gatewayTicks, postgresTicks - before.postgresTicks,
                    driverTicks - before.driverTicks, wallSeconds);
        }

        static Cpu read(Options o) {
            long busy = 0, total = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                for (int i = 1; i < f.length && i <= 8; i++) {
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += v;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return new Cpu(0, 0, 0, 0, 0);
            }
            return new Cpu(busy, total, ticks(Long.getLong("bench.gatewayPid", 0)), postgresTicks(Long.getLong("bench.postgresPid", 0)),
                    ticks(ProcessHandle.current().pid()));
        }

        static long ticks(long pid) {
            if (pid <= 0) {
                return 0;
            }
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** The postmaster and its children (the backends, the WAL writer...). */
        static long postgresTicks(long postmaster) {
            if (postmaster <= 0) {
                return 0;
            }
            long sum = ticks(postmaster);
            var children = ProcessHandle.of(postmaster).map(ProcessHandle::children).orElseGet(java.util.stream.Stream::empty);
            for (ProcessHandle c : children.toList()) {
                sum += ticks(c.pid());
            }
            return sum;
        }
    }

    // ---- options ----

    static Options parse(String[] args) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            v.put(args[i].substring(2), args[++i]);
        }
        List<String> known = List.of("gateway", "key", "db-url", "db-user", "db-password-file", "clients", "trackers", "events-per-tracker",
                "scenarios", "ceiling", "warmup-trackers", "timeout");
        for (String k : v.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k + " (known: " + known + ")");
            }
        }
        List<String> scenarios = Arrays.stream(v.getOrDefault("scenarios", "live:1,backlog:1,live:10").split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        for (String s : scenarios) {
            if (!s.matches("(live|backlog):[1-9][0-9]*")) {
                throw new IllegalArgumentException("a scenario is live:E or backlog:E (E events per push), not " + s);
            }
        }
        int perTracker = Integer.parseInt(v.getOrDefault("events-per-tracker", "20"));
        if (perTracker < 3) {
            throw new IllegalArgumentException("--events-per-tracker must be at least 3 (picked up, out for delivery, delivered)");
        }
        return new Options(URI.create(v.get("gateway")), v.get("key"), v.get("db-url"), v.getOrDefault("db-user", "shipgate"),
                Path.of(v.get("db-password-file")), Integer.parseInt(v.getOrDefault("clients", "16")),
                Integer.parseInt(v.getOrDefault("trackers", "1500")), perTracker, scenarios,
                Duration.ofSeconds(Long.parseLong(v.getOrDefault("ceiling", "10").replace("s", ""))),
                Integer.parseInt(v.getOrDefault("warmup-trackers", "300")),
                Duration.ofSeconds(Long.parseLong(v.getOrDefault("timeout", "30").replace("s", ""))));
    }
}

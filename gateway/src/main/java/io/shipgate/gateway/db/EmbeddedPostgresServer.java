package io.shipgate.gateway.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that the gateway runs itself (zonky's real binaries), so that a machine with
 * no database needs only a JDK. Unlike zonky's defaults, which are made for throwaway test
 * databases, its data are durable: initdb runs only on the first start, the data directory is
 * never cleaned, and {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} are on.
 * It listens on 127.0.0.1 only, on a free port chosen at each start.
 *
 * <p>Files, for the data directory {@code shipgate-data/postgres}:
 * <ul>
 * <li>{@code shipgate-data/postgres/}: the data directory;
 * <li>{@code shipgate-data/postgres.lock}: held while a server runs on it, so that a second
 *     gateway on the same folder fails instead of stopping the first one's PostgreSQL;
 * <li>{@code shipgate-data/postgres.log}: PostgreSQL's own output ({@link ServerLog});
 * <li>{@code shipgate-data/postgres-binaries/}: the unpacked binaries, private to this user
 *     (zonky's default, {@code /tmp/embedded-pg}, is made world-writable, and we run them).
 * </ul>
 *
 * <p>{@link #start} first stops a postmaster that survived a {@code kill -9} of the previous
 * gateway ({@link Postmaster}). Every start failure becomes an
 * {@link EmbeddedDatabaseUnavailableException}, with the cause in one line: at once when it
 * cannot work (root without user namespaces, data directory in use or owned by another user,
 * initdb failing), else at the latest after the startup timeout (zonky polls until then even
 * when PostgreSQL already gave up, e.g. on a broken {@code postgresql.conf}).
 *
 * <p>zonky registers a JVM shutdown hook that stops PostgreSQL unless told not to; it is turned
 * off here ({@code setRegisterShutdownHook(false)}), so that PostgreSQL outlives the connection
 * pool: whoever owns this server (Spring, after closing the pool) calls {@link #close()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The database the gateway uses, created on the first start. */
    public static final String DATABASE = "shipgate";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final EmbeddedPostgres postgres;
    private final ProcessHandle postmaster;
    private final Path dataDir;
    private final FileChannel lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, ProcessHandle postmaster, Path dataDir, FileChannel lock) {
        this.postgres = postgres;
        this.postmaster = postmaster;
        this.dataDir = dataDir;
        this.lock = lock;
    }

    /**
     * Starts PostgreSQL on {@code dataDir} (relative to the working directory; created and
     * initialized on the first start) and creates the {@value #DATABASE} database if missing.
     *
     * @param startupTimeout how long to wait for PostgreSQL to accept connections (crash recovery
     *                       after a kill -9 included)
     * @throws EmbeddedDatabaseUnavailableException if it cannot run here or does not start
     */
    public static EmbeddedPostgresServer start(Path dataDir, Duration startupTimeout) {
        long startNanos = System.nanoTime();
        Path dir = dataDir.toAbsolutePath().normalize();
        failIfRootWithoutUserNamespace();
        FileChannel lock = lock(dir);
        ServerLog serverLog = null;
        try {
            checkOwner(dir);
            Postmaster.stopSurvivor(dir, STOP_GRACE);
            serverLog = ServerLog.open(dir.resolveSibling(dir.getFileName() + ".log"));
            boolean firstStart = !Files.exists(dir.resolve("postgresql.conf"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(privateBinariesDir(dir).toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on") // zonky also passes -F (fsync off); -c fsync=on comes later and wins
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(startupTimeout)
                    .setOutputRedirector(serverLog.redirect())
                    .setErrorRedirector(serverLog.redirect())
                    .start();
            ProcessHandle postmaster = Postmaster.running(dir)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL started but left no postmaster.pid"));
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, postmaster, dir, lock);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} in {} ms{}", postgres.getPort(),
                    (System.nanoTime() - startNanos) / 1_000_000, firstStart ? " (first start: initdb)" : "");
            return server;
        } catch (Exception | ExceptionInInitializerError e) { // zonky throws the latter when it cannot unpack
            stopAfterFailedStart(dir, e);
            closeQuietly(lock);
            throw new EmbeddedDatabaseUnavailableException(summary(e, serverLog), e);
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/shipgate}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String username() {
        return SUPERUSER;
    }

    /** Empty: the server trusts connections from 127.0.0.1 (zonky runs initdb with {@code -A trust}). */
    public String password() {
        return "";
    }

    /** The absolute data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended) and waits until it has exited. */
    @Override
    public void close() {
        try {
            postgres.close(); // pg_ctl stop -m fast -w -t 5; logs its own failures
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL: {}", e.toString());
        }
        if (Postmaster.isRunning(postmaster)) {
            Postmaster.stop(postmaster, STOP_GRACE);
        }
        closeQuietly(lock);
        log.info("Embedded PostgreSQL stopped");
    }

    /**
     * initdb and postgres refuse to run as root. zonky then runs them in a user namespace
     * ({@code unshare -U}) where the kernel allows it ({@link LinuxUtils#isUnshareAvailable()}
     * is its own check); where it does not, they fail or time out, so fail at once instead.
     */
    private static void failIfRootWithoutUserNamespace() {
        if (new UnixSystem().getUid() == 0 && !LinuxUtils.isUnshareAvailable()) {
            throw new EmbeddedDatabaseUnavailableException("Shipgate runs as root, PostgreSQL refuses to run as root,"
                    + " and running it in a user namespace (unshare -U) does not work on this machine", null);
        }
    }

    /** Takes {@code <dataDir>.lock}, held until {@link #close()} (or the JVM's end, even by kill -9). */
    private static FileChannel lock(Path dir) {
        Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(dir.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM: fall through to "in use"
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseUnavailableException(e.toString(), e);
        }
        closeQuietly(channel);
        throw new DataDirectoryInUseException(dir, lockFile);
    }

    /** PostgreSQL runs only on a data directory owned by the user that runs it. */
    private static void checkOwner(Path dir) throws IOException {
        if (Files.exists(dir)) {
            long owner = ((Number) Files.getAttribute(dir, "unix:uid")).longValue();
            long me = new UnixSystem().getUid();
            if (owner != me) {
                throw new IllegalStateException("the data directory " + dir + " belongs to user "
                        + Files.getOwner(dir).getName() + " (uid " + owner + "), not to the user running Shipgate (uid "
                        + me + "): run Shipgate as that user, or chown -R the directory");
            }
        }
    }

    /**
     * {@code <parent of dataDir>/postgres-binaries}, readable by this user only. zonky unpacks
     * into a subdirectory and makes that one world-writable; the private parent keeps others out.
     * (zonky unpacks once per JVM: a later server in the same JVM reuses the first location.)
     */
    private static Path privateBinariesDir(Path dir) throws IOException {
        Path binaries = dir.resolveSibling("postgres-binaries");
        Files.createDirectories(binaries);
        Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwx------"));
        return binaries.resolve("unpacked");
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password());
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
                log.info("Created the database {}", DATABASE);
            }
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    /** A postmaster left by the failed start (e.g. one that did not answer in time) must not linger. */
    private static void stopAfterFailedStart(Path dir, Throwable failure) {
        try {
            Postmaster.running(dir).ifPresent(process -> Postmaster.stop(process, STOP_GRACE));
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** One line: what failed, the first problem PostgreSQL reported, and where its log is. */
    private static String summary(Throwable e, ServerLog serverLog) {
        Throwable shown = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
        String what = shown instanceof FileSystemException || shown.getMessage() == null
                ? shown.toString() : shown.getMessage();
        if (serverLog != null) {
            what += serverLog.firstProblem().map(line -> "; PostgreSQL said: " + line).orElse("")
                    + " (PostgreSQL's log: " + serverLog.file() + ")";
        }
        return what.replaceAll("\\s+", " ");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Closing {}", channel, e);
            }
        }
    }
}

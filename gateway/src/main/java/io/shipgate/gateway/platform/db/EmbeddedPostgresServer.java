package io.shipgate.gateway.platform.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that the gateway runs itself (zonky's binaries of PostgreSQL 17, driven by
 * pg_ctl), so that a machine with no database needs only a JDK. Its data are durable: initdb runs
 * only on the first start, and {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} are on. It listens on 127.0.0.1 only, on a free port chosen at each
 * start, has no Unix socket, and lets no one in without a password (SCRAM-SHA-256), from the
 * very first start: the superuser's password is set by initdb itself.
 *
 * <p>The gateway connects as {@value ApplicationRole#NAME} ({@link #username()}), a role that
 * owns the {@value #DATABASE} database and nothing more ({@link ApplicationRole}). The superuser
 * {@code postgres} is used only here, at start-up, to manage the role and the database.
 *
 * <p>Files, for the data directory {@code shipgate-data/postgres}:
 * <ul>
 * <li>{@code shipgate-data/postgres/}: the data directory (mode 0700);
 * <li>{@code shipgate-data/postgres.passwords}: the two roles' passwords, generated at the first
 *     start, mode 0600 ({@link DatabasePasswords});
 * <li>{@code shipgate-data/postgres.lock}: held while a server runs on it, so that a second
 *     gateway on the same folder fails instead of stopping the first one's PostgreSQL;
 * <li>{@code shipgate-data/postgres.log}: PostgreSQL's own output ({@link ServerLog});
 * <li>{@code shipgate-data/postgres-binaries/}: the unpacked binaries, private to this user
 *     ({@link PostgresBinaries}).
 * </ul>
 *
 * <p>A data directory of an earlier Shipgate (passwordless {@code trust} authentication,
 * everything owned by {@code postgres}) is upgraded in place on start: the superuser gets its
 * password in single-user mode (no connection is accepted meanwhile), {@code pg_hba.conf} is
 * replaced, and the application role takes over the database's objects; the data stay.
 *
 * <p>{@link #start} first stops a postmaster that survived a {@code kill -9} of the previous
 * gateway ({@link Postmaster}). Every start failure becomes an
 * {@link EmbeddedDatabaseUnavailableException}, with the cause in one line: at once when it
 * cannot work (root without user namespaces, data directory in use or owned by another user),
 * else as soon as initdb or pg_ctl gives up, at the latest after the startup timeout.
 *
 * <p>Nothing stops PostgreSQL at the JVM's exit but {@link #close()}, so that it outlives the
 * connection pool: whoever owns this server (Spring, after closing the pool) calls it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The database the gateway uses, created on the first start. */
    public static final String DATABASE = "shipgate";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final String INVALID_PASSWORD = "28P01";

    private final PostgresCluster cluster;
    private final ProcessHandle postmaster;
    private final Path dataDir;
    private final FileChannel lock;
    private final int port;
    private final String password;

    private EmbeddedPostgresServer(PostgresCluster cluster, ProcessHandle postmaster, Path dataDir, FileChannel lock, int port,
                                   String password) {
        this.cluster = cluster;
        this.postmaster = postmaster;
        this.dataDir = dataDir;
        this.lock = lock;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts PostgreSQL on {@code dataDir} (relative to the working directory; created and
     * initialized on the first start, upgraded if an earlier Shipgate made it) and provisions the
     * {@value #DATABASE} database and its role.
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
            serverLog = ServerLog.open(sibling(dir, ".log"));
            PostgresCluster cluster = new PostgresCluster(PostgresBinaries.unpackInto(dir.resolveSibling("postgres-binaries")),
                    dir, serverLog);
            Path passwordFile = sibling(dir, ".passwords");
            DatabasePasswords passwords = DatabasePasswords.loadOrGenerate(passwordFile);
            boolean firstStart = !cluster.isInitialized();
            if (firstStart) {
                cluster.initdb(passwords.superuser());
            } else if (passwords.generated() || !cluster.hasCurrentClientAuthentication()) {
                log.info("Setting the embedded PostgreSQL's superuser password and password authentication (data directory"
                        + " of an earlier Shipgate, or no password file)");
                cluster.setSuperuserPassword(passwords.superuser());
            }
            cluster.writeClientAuthentication();
            int port = freePort();
            cluster.start(port, startupTimeout);
            ProcessHandle postmaster = Postmaster.running(dir)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL started but left no postmaster.pid"));
            provision(port, passwords, passwordFile);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(cluster, postmaster, dir, lock, port, passwords.application());
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} in {} ms{}", port, (System.nanoTime() - startNanos) / 1_000_000,
                    firstStart ? " (first start: initdb)" : "");
            return server;
        } catch (Exception e) {
            stopAfterFailedStart(dir, e);
            closeQuietly(lock);
            throw new EmbeddedDatabaseUnavailableException(summary(e, serverLog), e);
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/shipgate}. */
    public String jdbcUrl() {
        return jdbcUrl(port, DATABASE);
    }

    /** The application role, {@value ApplicationRole#NAME}: owner of the database, no superuser. */
    public String username() {
        return ApplicationRole.NAME;
    }

    /** The application role's password (generated at the first start, kept in {@code <data dir>.passwords}). */
    public String password() {
        return password;
    }

    /** The absolute data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended) and waits until it has exited. */
    @Override
    public void close() {
        try {
            cluster.stop();
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL: {}", e.getMessage());
        }
        if (Postmaster.isRunning(postmaster)) {
            Postmaster.stop(postmaster, STOP_GRACE);
        }
        closeQuietly(lock);
        log.info("Embedded PostgreSQL stopped");
    }

    /**
     * initdb and postgres refuse to run as root. {@link PostgresBinaries} then runs them in a user
     * namespace ({@code unshare -U}) where the kernel allows it ({@link LinuxUtils#isUnshareAvailable()}
     * is zonky's check); where it does not, they would fail or time out, so fail at once instead.
     */
    private static void failIfRootWithoutUserNamespace() {
        if (new UnixSystem().getUid() == 0 && !LinuxUtils.isUnshareAvailable()) {
            throw new EmbeddedDatabaseUnavailableException("Shipgate runs as root, PostgreSQL refuses to run as root,"
                    + " and running it in a user namespace (unshare -U) does not work on this machine", null);
        }
    }

    /** Takes {@code <dataDir>.lock}, held until {@link #close()} (or the JVM's end, even by kill -9). */
    private static FileChannel lock(Path dir) {
        Path lockFile = sibling(dir, ".lock");
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

    /** As the superuser: the application role, its database, its ownership of everything in it. */
    private static void provision(int port, DatabasePasswords passwords, Path passwordFile) throws SQLException {
        try (Connection server = DriverManager.getConnection(jdbcUrl(port, "postgres"), DatabasePasswords.SUPERUSER,
                passwords.superuser())) {
            ApplicationRole.provision(server, () -> DriverManager.getConnection(jdbcUrl(port, DATABASE),
                    DatabasePasswords.SUPERUSER, passwords.superuser()), passwords.application());
        } catch (SQLException e) {
            if (INVALID_PASSWORD.equals(e.getSQLState())) {
                throw new IllegalStateException("the superuser password in " + passwordFile + " is not the data directory's:"
                        + " delete that file, and the next start generates and sets new passwords", e);
            }
            throw e;
        }
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static Path sibling(Path dir, String suffix) {
        return dir.resolveSibling(dir.getFileName() + suffix);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
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

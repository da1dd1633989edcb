package io.shipgate.gateway.platform.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.postgresql.util.PasswordUtil;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL data directory and the programs that act on it: initdb, the server (through
 * pg_ctl), and the single-user mode. Nothing here ever lets a connection in without a password:
 * initdb sets the superuser's password and password authentication (SCRAM-SHA-256) from the
 * start, {@link #writeClientAuthentication} rewrites {@code pg_hba.conf} before every start, and
 * the server has no Unix socket.
 */
final class PostgresCluster {

    /** PostgreSQL's client authentication file: SCRAM-SHA-256 over 127.0.0.1, and nothing else. */
    static final String PG_HBA = """
            # Written by Shipgate before every start of its embedded PostgreSQL: changes here are overwritten.
            # Password logins (SCRAM-SHA-256) over 127.0.0.1 only; the server has no Unix socket.
            # TYPE  DATABASE  USER      ADDRESS       METHOD
            host    all       postgres  127.0.0.1/32  scram-sha-256
            host    shipgate  shipgate  127.0.0.1/32  scram-sha-256
            """;

    /**
     * Settings given on the server's command line, where they win over {@code postgresql.conf}
     * and {@code ALTER SYSTEM}: durability, the network, and a log without statements, statement
     * parameters or row data (terse: no DETAIL, such as the key of a unique violation, no CONTEXT,
     * such as the start of a JSON value that does not parse).
     */
    static final Map<String, String> SETTINGS = settings(
            "listen_addresses", "127.0.0.1",
            "unix_socket_directories", "",
            "password_encryption", "scram-sha-256",
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "timezone", "UTC",
            "max_connections", "300",
            // the queue tables ask for VACUUM after a fixed number of changed rows (V17): look for them every 10 s, not every minute
            "autovacuum_naptime", "10s",
            "log_min_error_statement", "panic",
            "log_error_verbosity", "terse",
            "log_statement", "none",
            "log_min_duration_statement", "-1",
            "log_min_duration_sample", "-1",
            "log_parameter_max_length", "0",
            "log_parameter_max_length_on_error", "0");

    private static final Duration SINGLE_USER_TIMEOUT = Duration.ofMinutes(5); // crash recovery included
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final ServerLog serverLog;

    PostgresCluster(PostgresBinaries binaries, Path dataDir, ServerLog serverLog) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.serverLog = serverLog;
    }

    boolean isInitialized() {
        return Files.exists(dataDir.resolve("PG_VERSION"));
    }

    /**
     * Creates the data directory with password authentication and the superuser's password
     * (passed to initdb as a SCRAM hash, in a 0600 file deleted right after). initdb works on a
     * folder next to the data directory, which is renamed into place once complete.
     */
    void initdb(String superuserPassword) throws IOException {
        Path staging = dataDir.resolveSibling(dataDir.getFileName() + ".initdb");
        FileSystemUtils.deleteRecursively(staging);
        Path passwordFile = Files.createTempFile(dataDir.getParent(), "initdb-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, PasswordUtil.encodeScramSha256(superuserPassword.toCharArray()) + "\n");
            run("initdb", List.of("-D", staging.toString(), "-U", DatabasePasswords.SUPERUSER, "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile, "-E", "UTF-8"), null, Duration.ofMinutes(5));
            Files.move(staging, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(passwordFile);
            FileSystemUtils.deleteRecursively(staging);
        }
    }

    /**
     * Sets the superuser's password in single-user mode: the server runs without listening at
     * all. This is how a data directory of an earlier Shipgate (passwordless, {@code trust}) gets
     * its password before the first start that accepts connections.
     */
    void setSuperuserPassword(String password) throws IOException {
        try {
            String sql = PasswordUtil.genAlterUserPasswordSQL(DatabasePasswords.SUPERUSER, password.toCharArray(), "scram-sha-256");
            List<String> arguments = new ArrayList<>(List.of("--single", "-D", dataDir.toString()));
            SETTINGS.forEach((name, value) -> arguments.addAll(List.of("-c", name + "=" + value)));
            arguments.add("postgres");
            run("postgres", arguments, sql + "\n", SINGLE_USER_TIMEOUT);
        } catch (SQLException e) { // only for an unknown encryption type
            throw new IllegalStateException(e);
        }
    }

    boolean hasCurrentClientAuthentication() throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba).equals(PG_HBA);
    }

    /** Replaces {@code pg_hba.conf} (atomically, mode 0600) unless it is current. */
    void writeClientAuthentication() throws IOException {
        if (!hasCurrentClientAuthentication()) {
            Path tmp = Files.createTempFile(dataDir, "pg_hba", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, PG_HBA);
            Files.move(tmp, dataDir.resolve("pg_hba.conf"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Starts the server on {@code port} and waits until it accepts connections (pg_ctl gives up early if it exits). */
    void start(int port, Duration timeout) throws IOException {
        StringBuilder options = new StringBuilder("-p " + port); // pg_ctl passes them through sh: values quoted
        SETTINGS.forEach((name, value) -> options.append(" -c ").append(name).append("='").append(value).append('\''));
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        run("pg_ctl", List.of("start", "-D", dataDir.toString(), "-w", "-t", Long.toString(seconds), "-o", options.toString()),
                null, timeout.plusSeconds(10));
    }

    /** Stops the server: fast shutdown (sessions are ended), waiting until it has exited. */
    void stop() throws IOException {
        run("pg_ctl", List.of("stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", Long.toString(STOP_TIMEOUT.toSeconds())),
                null, STOP_TIMEOUT.plusSeconds(5));
    }

    /** Runs a program, its output appended to the server log, and fails unless it exits with 0 in time. */
    private void run(String program, List<String> arguments, String input, Duration timeout) throws IOException {
        Process process = binaries.command(program, arguments).redirectErrorStream(true).redirectOutput(serverLog.redirect()).start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(program + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(program + " failed (exit code " + process.exitValue() + ")");
        }
    }

    private static Map<String, String> settings(String... pairs) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put(pairs[i], pairs[i + 1]);
        }
        return settings;
    }
}

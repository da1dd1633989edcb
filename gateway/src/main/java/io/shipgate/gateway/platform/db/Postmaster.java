package io.shipgate.gateway.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of a data directory, as named by the first line of its
 * {@code postmaster.pid}. After a {@code kill -9} of the JVM that started it, the postmaster
 * survives (re-parented) and keeps the data directory: it must be stopped before the next start.
 */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

    private Postmaster() {
    }

    /**
     * Makes the data directory startable: stops a running postgres named by {@code postmaster.pid}
     * (SIGTERM, then SIGKILL after {@code grace}), and removes a pid file that names a zombie or a
     * process that is no postgres (its pid was reused), since PostgreSQL would refuse to start on
     * it. A pid file of a process that is gone is left to PostgreSQL, which replaces it itself.
     */
    static void stopSurvivor(Path dataDir, Duration grace) throws IOException {
        Optional<ProcessHandle> survivor = running(dataDir);
        if (survivor.isPresent()) {
            log.warn("Stopping the embedded PostgreSQL (pid {}) left running on {} by a Shipgate that did not stop"
                    + " cleanly (killed?)", survivor.get().pid(), dataDir);
            stop(survivor.get(), grace);
        }
        Optional<ProcessHandle> stale = namedProcess(dataDir).filter(process -> !isRunning(process) || !isPostgres(process));
        if (stale.isPresent()) {
            log.info("Removing the stale {} (pid {} is no running PostgreSQL)", pidFile(dataDir), stale.get().pid());
            Files.deleteIfExists(pidFile(dataDir));
        }
    }

    /** The running postgres process named by {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> running(Path dataDir) throws IOException {
        return namedProcess(dataDir).filter(Postmaster::isRunning).filter(Postmaster::isPostgres);
    }

    /**
     * Whether the process runs: {@link ProcessHandle#isAlive()} is also true for a zombie, a
     * process that exited but was not reaped yet, e.g. under a PID 1 that reaps late or never.
     */
    static boolean isRunning(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z'; // "pid (comm) state ..."
        } catch (IOException e) {
            return false; // gone
        }
    }

    /** The process named by {@code postmaster.pid} if the file exists and the process too (zombie included). */
    private static Optional<ProcessHandle> namedProcess(Path dataDir) throws IOException {
        String firstLine;
        try (var lines = Files.lines(pidFile(dataDir))) {
            firstLine = lines.findFirst().orElse("").strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!firstLine.matches("\\d{1,10}")) {
            return Optional.empty(); // being written, or damaged: PostgreSQL decides
        }
        return ProcessHandle.of(Long.parseLong(firstLine));
    }

    /** Sends SIGTERM and waits up to {@code grace}; then SIGKILLs it and its children and waits again. */
    static void stop(ProcessHandle postmaster, Duration grace) {
        List<ProcessHandle> children = postmaster.children().toList();
        postmaster.destroy();
        if (awaitExit(postmaster, grace)) {
            return;
        }
        log.warn("PostgreSQL (pid {}) did not stop within {} s of SIGTERM: killing it", postmaster.pid(),
                grace.toSeconds());
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(postmaster, grace)) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") survived SIGKILL");
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.startsWith("postgres")) // "postgres (deleted)" after a binary update
                .isPresent();
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (isRunning(process)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(50);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("postmaster.pid");
    }
}

package io.shipgate.gateway.platform.db;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs an {@link EmbeddedPostgresServer} in a JVM of its own, for {@link EmbeddedPostgresServerTest}:
 * starts it on the data directory given as the argument, prints {@link #READY} and its JDBC URL,
 * then waits to be stopped (SIGTERM closes the server; kill -9 leaves the postmaster behind).
 */
public final class EmbeddedPostgresServerChild {

    static final String READY = "EMBEDDED-POSTGRES-READY ";

    private EmbeddedPostgresServerChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), Duration.ofSeconds(30));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println(READY + server.jdbcUrl());
        Thread.currentThread().join();
    }
}

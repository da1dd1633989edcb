package io.shipgate.routes.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL of a routes test JVM, with the gateway's schema: its Flyway migrations, read from
 * {@code ../gateway/src/main/resources/db/migration} (the routes cannot depend on the gateway, whose
 * tables they work on through ports). One per JVM, created on first use, gone at the JVM's exit.
 * <ul>
 * <li>With {@code SHIPGATE_TEST_DB_URL} set (user {@code SHIPGATE_TEST_DB_USER}, default {@code postgres},
 *     password {@code SHIPGATE_TEST_DB_PASSWORD}, default empty): a fresh database {@code shipgate_routes_<random>}
 *     on that server, dropped {@code WITH (FORCE)} at exit.
 * <li>Otherwise: zonky's embedded PostgreSQL on a fresh data directory under {@code target/routes-postgres},
 *     deleted at exit (its binaries unpacked where {@code ot.epg.working-dir} says: the build's target/).
 * </ul>
 */
public final class TestPostgres {

    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");
    private static final String MIGRATIONS = "filesystem:../gateway/src/main/resources/db/migration";

    private TestPostgres() {
    }

    /** This JVM's database, migrated to the gateway's latest schema. */
    public static DataSource dataSource() {
        return Holder.DATA_SOURCE;
    }

    private static final class Holder {
        static final DataSource DATA_SOURCE = migrated(create());
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).failOnMissingLocations(true).load().migrate();
        return dataSource;
    }

    private static DataSource create() {
        String serverUrl = System.getenv("SHIPGATE_TEST_DB_URL");
        return serverUrl == null || serverUrl.isBlank() ? embedded() : freshDatabaseOn(serverUrl);
    }

    private static DataSource freshDatabaseOn(String serverUrl) {
        Matcher url = SERVER_URL.matcher(serverUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("SHIPGATE_TEST_DB_URL must look like jdbc:postgresql://host:port/database, not " + serverUrl);
        }
        String user = env("SHIPGATE_TEST_DB_USER", "postgres");
        String password = env("SHIPGATE_TEST_DB_PASSWORD", "");
        String name = "shipgate_routes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, user, password, "CREATE DATABASE " + name);
        atExit(() -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url.group(1) + "/" + name + (url.group(3) == null ? "" : url.group(3)));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static DataSource embedded() {
        try {
            Path dataDir = Files.createDirectories(Path.of("target", "routes-postgres")).resolve("run-" + UUID.randomUUID()).toAbsolutePath();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
            atExit(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return postgres.getPostgresDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start (set SHIPGATE_TEST_DB_URL to use a server instead)", e);
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + url + ": " + e.getMessage(), e);
        }
    }

    private static void atExit(Runnable cleanup) {
        Runtime.getRuntime().addShutdownHook(new Thread(cleanup, "test-database-cleanup"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}

package io.shipgate.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shipgate.gateway.platform.db.EmbeddedPostgresServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL database of a test JVM: one per JVM, created on first use, removed at the JVM's
 * exit, never shared with another run.
 * <ul>
 * <li>With {@code SHIPGATE_TEST_DB_URL} set (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 *     user {@code SHIPGATE_TEST_DB_USER}, default {@code postgres}, password
 *     {@code SHIPGATE_TEST_DB_PASSWORD}, default empty): a fresh database
 *     {@code shipgate_test_<random>} on that server, dropped {@code WITH (FORCE)} at exit.
 * <li>Otherwise: the gateway's own embedded PostgreSQL ({@link EmbeddedPostgresServer}, as the
 *     application role) on a fresh data directory in the build ({@code target/test-postgres},
 *     system property {@code shipgate.test.embedded-db-dir}), deleted at exit; its unpacked
 *     binaries stay there for the next run.
 * </ul>
 * In a {@code @SpringBootTest}: {@code @ContextConfiguration(initializers = TestDatabase.Initializer.class)}.
 */
public final class TestDatabase {

    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private TestDatabase(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /** This JVM's test database, created on the first call. */
    public static TestDatabase get() {
        return Holder.INSTANCE;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Points {@code spring.datasource.url/username/password} at {@link #get()}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase database = get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shipgate-test-database", Map.of(
                    "spring.datasource.url", database.jdbcUrl(),
                    "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password())));
        }
    }

    private static final class Holder {
        static final TestDatabase INSTANCE = create();
    }

    private static TestDatabase create() {
        String serverUrl = System.getenv("SHIPGATE_TEST_DB_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            return embedded();
        }
        return freshDatabaseOn(serverUrl, env("SHIPGATE_TEST_DB_USER", "postgres"), env("SHIPGATE_TEST_DB_PASSWORD", ""));
    }

    private static TestDatabase freshDatabaseOn(String serverUrl, String username, String password) {
        Matcher url = SERVER_URL.matcher(serverUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("SHIPGATE_TEST_DB_URL must look like jdbc:postgresql://host:port/database,"
                    + " not " + serverUrl);
        }
        String name = "shipgate_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, username, password, "CREATE DATABASE " + name);
        atExit(() -> execute(serverUrl, username, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        String jdbcUrl = url.group(1) + "/" + name + (url.group(3) == null ? "" : url.group(3));
        System.out.println("TestDatabase: fresh database " + name + " on the SHIPGATE_TEST_DB_URL server (" + jdbcUrl
                + "), dropped at exit");
        return new TestDatabase(jdbcUrl, username, password);
    }

    private static TestDatabase embedded() {
        Path parent = Path.of(System.getProperty("shipgate.test.embedded-db-dir", "target/test-postgres")).toAbsolutePath();
        Path dataDir = parent.resolve("run-" + UUID.randomUUID());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, Duration.ofSeconds(120));
        atExit(() -> {
            server.close();
            for (String suffix : new String[] {"", ".passwords", ".lock", ".log"}) {
                try {
                    FileSystemUtils.deleteRecursively(dataDir.resolveSibling(dataDir.getFileName() + suffix));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        System.out.println("TestDatabase: the embedded PostgreSQL on " + dataDir + " at " + server.jdbcUrl()
                + ", deleted at exit (set SHIPGATE_TEST_DB_URL to use a PostgreSQL server instead)");
        return new TestDatabase(server.jdbcUrl(), server.username(), server.password());
    }

    private static void execute(String url, String username, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
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

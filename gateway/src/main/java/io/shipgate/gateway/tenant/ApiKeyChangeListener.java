package io.shipgate.gateway.tenant;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps this node's key cache true to the database: a dedicated PostgreSQL connection (outside the
 * pool) {@code LISTEN}s on {@value #CHANNEL}, where triggers announce revoked keys
 * ({@code key:<id>}) and changed tenant rate limits ({@code tenant:<id>}), and drops those keys from
 * {@link ApiKeyRepository}'s cache, so a revocation is effective on every node within milliseconds.
 * When the connection fails it reconnects with backoff and, having possibly missed notifications,
 * empties the cache once listening again; meanwhile the cache's TTL bounds the staleness.
 */
@Component
class ApiKeyChangeListener implements SmartLifecycle {

    static final String CHANNEL = "shipgate_api_keys";
    /** The listening connection's name in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "shipgate-api-key-listener";

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final ApiKeyRepository keys;
    private final HikariDataSource pool;
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    ApiKeyChangeListener(ApiKeyRepository keys, DataSource dataSource) throws SQLException {
        this.keys = keys;
        this.pool = dataSource.unwrap(HikariDataSource.class);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("api-key-listener").start(this::listenUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many times it has connected and started listening (for tests and diagnostics). */
    long connections() {
        return connections.get();
    }

    private void listenUntilStopped() {
        Duration backoff = Duration.ofMillis(250);
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                keys.forgetAll(); // whatever happened before this point was not heard
                connections.incrementAndGet();
                backoff = Duration.ofMillis(250);
                receive(connection);
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("API key change listener: the database connection failed ({}); reconnecting in {} ms",
                            e.getSQLState(), backoff.toMillis());
                }
            }
            if (running && !sleep(backoff)) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", pool.getUsername());
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    apply(notification.getParameter());
                }
            }
            if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
                // a silently dropped connection delivers nothing: ask, so that it fails and we reconnect
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void apply(String payload) {
        int colon = payload.indexOf(':');
        try {
            UUID id = UUID.fromString(payload.substring(colon + 1));
            switch (payload.substring(0, Math.max(colon, 0))) {
                case "key" -> keys.forgetKey(id);
                case "tenant" -> keys.forgetTenant(id);
                default -> keys.forgetAll();
            }
        } catch (IllegalArgumentException e) {
            keys.forgetAll();
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package io.shipgate.gateway.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Who can get into the embedded PostgreSQL: no one without the password, not another OS user,
 * and the gateway's own role no further than its database. And what its log keeps of failed
 * statements: the error, without statement, parameters or row data.
 */
class EmbeddedPostgresSecurityTest {

    private static final String OTHER_USER = "shipgate-probe";
    private static final String INVALID_PASSWORD = "28P01";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** Traversable by everyone (0755), like a home directory: only the files' own modes protect them. */
    private static Path base;
    private static EmbeddedPostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        base = Files.createTempDirectory("shipgate-db-security-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(base.resolve("credentials.key"), "the-key-that-encrypts-carrier-credentials\n");
        Files.setPosixFilePermissions(base.resolve("credentials.key"), PosixFilePermissions.fromString("rw-------"));
        server = EmbeddedPostgresServer.start(base.resolve("postgres"), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        FileSystemUtils.deleteRecursively(base);
    }

    @Test
    void noOneConnectsWithoutTheRolesPasswordAndThereIsNoUnixSocket() throws Exception {
        for (String role : List.of(DatabasePasswords.SUPERUSER, ApplicationRole.NAME)) {
            assertThatThrownBy(() -> new DatabaseLogin(server.jdbcUrl(), role, "").query("SELECT 1"))
                    .as("%s without a password", role).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> new DatabaseLogin(server.jdbcUrl(), role, "wrong").query("SELECT 1"))
                    .as("%s with a wrong password", role).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(INVALID_PASSWORD);
        }

        Path passwordFile = DatabaseLogin.passwordFile(server.dataDir());
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getOwner(passwordFile).getName()).isEqualTo(System.getProperty("user.name"));
        DatabaseLogin superuser = DatabaseLogin.superuser(server.jdbcUrl(), server.dataDir());
        assertThat(superuser.query("SELECT string_agg(DISTINCT type || ' ' || auth_method || ' ' || address, ', ')"
                + " FROM pg_hba_file_rules")).as("pg_hba.conf's rules").isEqualTo("host scram-sha-256 127.0.0.1");
        assertThat(superuser.query("SHOW unix_socket_directories")).isEmpty();
        assertThat(superuser.query("SHOW listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(Path.of("/tmp/.s.PGSQL." + port())).doesNotExist();
    }

    @Test
    void theGatewaysRoleCannotReadServerFilesRunProgramsOrManageRoles() throws Exception {
        DatabaseLogin gateway = DatabaseLogin.of(server);
        Path credentialsKey = base.resolve("credentials.key");
        Path marker = base.resolve("written-by-postgres");

        assertThat(sqlState(gateway, "SELECT pg_read_file('" + credentialsKey + "')")).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(sqlState(gateway, "SELECT pg_read_binary_file('" + credentialsKey + "')")).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(sqlState(gateway, "COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'")).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(sqlState(gateway, "COPY (SELECT 1) TO '" + marker + "'")).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(marker).doesNotExist();
        assertThat(sqlState(gateway, "CREATE ROLE intruder SUPERUSER LOGIN")).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(sqlState(gateway, "CREATE DATABASE elsewhere")).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(sqlState(gateway, "ALTER SYSTEM SET log_statement = 'all'")).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(gateway.query("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls"
                + " FROM pg_roles WHERE rolname = current_user")).isEqualTo("f");
        assertThat(gateway.query("SELECT count(*) FROM pg_auth_members WHERE member = current_user::regrole"))
                .as("roles it is a member of").isEqualTo("0");

        // what it needs: it owns its database, so it creates and changes tables (Flyway runs as it)
        assertThat(gateway.query("SELECT current_user || ' owns ' || pg_get_userbyid(datdba) FROM pg_database"
                + " WHERE datname = current_database()")).isEqualTo("shipgate owns shipgate");
        gateway.execute("CREATE TABLE owned_probe (id int)", "ALTER TABLE owned_probe ADD COLUMN name text", "DROP TABLE owned_probe");
    }

    @Test
    void anotherOsUserCannotConnectByTcpOrSocketNorReadThePasswords() throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "Skipped: not running as root, so no other OS user can be created"
                + " (useradd) to try the way in from another account; run the tests as root to include it");
        assumeTrue(ChildJvm.ensureUser(OTHER_USER), "Skipped: useradd and runuser are needed to act as another OS user");
        Path output = base.resolve("probe.out");
        String classpath = ChildJvm.readableCopyOf(System.getProperty("java.class.path"), base.resolve("probe-classpath"));
        Process probe = ChildJvm.of(ChildJvm.asUser(OTHER_USER), classpath, base, OtherUserProbe.class, output,
                Integer.toString(port()), DatabaseLogin.passwordFile(server.dataDir()).toString(), "/tmp/.s.PGSQL." + port()).start();
        try {
            assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("the probe finishes").isTrue();
        } finally {
            probe.destroyForcibly();
        }

        assertThat(Files.readString(output)).as("what " + OTHER_USER + " got")
                .contains("tcp as postgres: closed (PSQLException)", "tcp as shipgate: closed (PSQLException)",
                        "password file: closed (AccessDeniedException)", "unix socket: closed")
                .doesNotContain(": open");
    }

    @Test
    void theServerLogKeepsErrorsWithoutStatementsParametersOrRowData() throws Exception {
        String secret = "jane.roe." + UUID.randomUUID() + "@example.com";
        DatabaseLogin gateway = DatabaseLogin.of(server);
        gateway.execute("CREATE TABLE log_probe (email text UNIQUE, quantity int CHECK (quantity > 0), address jsonb)");
        try (Connection connection = gateway.connect()) {
            insert(connection, "INSERT INTO log_probe (email, quantity) VALUES (?, 1)", secret);
            assertThat(sqlState(connection, "INSERT INTO log_probe (email, quantity) VALUES (?, 1)", secret))
                    .as("unique violation: its DETAIL names the key").isEqualTo("23505");
            assertThat(sqlState(connection, "INSERT INTO log_probe (email, quantity) VALUES (?, -1)", secret + ".check"))
                    .as("check violation: its DETAIL shows the row").isEqualTo("23514");
            assertThat(sqlState(connection, "INSERT INTO log_probe (address) VALUES (?::jsonb)", "{\"street\": \"" + secret))
                    .as("broken JSON: its CONTEXT quotes the value").isEqualTo("22P02");
        }
        assertThat(sqlState(gateway, "INSERT INTO log_probe (email, quantity) VALUES ('" + secret + ".literal', 0)"))
                .as("a statement with the value in its text").isEqualTo("23514");

        String log = Files.readString(server.dataDir().resolveSibling("postgres.log"));
        assertThat(log).contains("duplicate key value violates unique constraint", "violates check constraint",
                "invalid input syntax for type json");
        assertThat(log).doesNotContain(secret.substring(0, secret.indexOf('@')));
    }

    private static void insert(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.executeUpdate();
        }
    }

    /** The SQLSTATE the statement fails with. */
    private static String sqlState(Connection connection, String sql, String value) {
        try {
            insert(connection, sql, value);
            throw new AssertionError("expected to fail: " + sql);
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static String sqlState(DatabaseLogin login, String sql) {
        try {
            login.execute(sql);
            throw new AssertionError("expected to fail: " + sql);
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static int port() {
        return Integer.parseInt(server.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
    }
}

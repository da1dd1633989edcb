package io.shipgate.gateway.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory made by an earlier Shipgate (zonky's initdb: {@code trust} for every local
 * connection, no password, everything owned by {@code postgres}) is upgraded in place on start:
 * passwords, the application role owning everything, no trust; its shipments stay.
 */
class EmbeddedPostgresUpgradeTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String NOT_OWNED_BY_THE_GATEWAYS_ROLE = """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relowner <> 'shipgate'::regrole""";

    @Test
    void aDataDirectoryOfAnEarlierShipgateIsUpgradedInPlaceKeepingItsShipments(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("postgres");
        createAsAnEarlierShipgateDid(dataDir, dir.resolve("zonky-binaries"));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, STARTUP)) {
            DatabaseLogin gateway = DatabaseLogin.of(server);
            assertThat(gateway.query("SELECT string_agg(awb || ' ' || status, ', ' ORDER BY awb) FROM shipments"))
                    .isEqualTo("AWB-1 CREATED, AWB-2 DELIVERED");
            assertThat(gateway.query(NOT_OWNED_BY_THE_GATEWAYS_ROLE)).as("tables, sequences, indexes not owned by shipgate")
                    .isEqualTo("0");
            assertThat(gateway.query("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                    .isEqualTo(ApplicationRole.NAME);

            // the role migrates the schema the superuser made: Flyway's history, tables and their identity sequences
            Flyway.configure().dataSource(gateway.jdbcUrl(), gateway.user(), gateway.password())
                    .locations("classpath:db/migration").load().migrate();
            gateway.execute("ALTER TABLE shipments ADD COLUMN upgrade_probe int",
                    "SELECT nextval(pg_get_serial_sequence('tracking_events', 'id'))",
                    "INSERT INTO tenants (id, name, slug) VALUES ('01900000-0000-7000-8000-000000000009', 'After the upgrade', 'after-the-upgrade')");

            assertThatThrownBy(() -> new DatabaseLogin(server.jdbcUrl(), DatabasePasswords.SUPERUSER, "").query("SELECT 1"))
                    .as("the superuser without a password, as before the upgrade").isInstanceOf(SQLException.class);
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
        }

        String passwords = Files.readString(DatabaseLogin.passwordFile(dataDir));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, STARTUP)) {
            assertThat(DatabaseLogin.of(server).query("SELECT count(*) FROM shipments")).as("after a second start").isEqualTo("2");
        }
        assertThat(Files.readString(DatabaseLogin.passwordFile(dataDir))).as("the passwords, kept").isEqualTo(passwords);
    }

    /**
     * What the gateway did before: zonky's initdb ({@code -A trust -U postgres}), the database
     * and the schema (migrations 1 and 2) created by {@code postgres}, with a tenant's shipments.
     */
    private static void createAsAnEarlierShipgateDid(Path dataDir, Path binaries) throws Exception {
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setOverrideWorkingDirectory(binaries.toFile()).start()) {
            String server = "jdbc:postgresql://127.0.0.1:" + legacy.getPort() + "/";
            new DatabaseLogin(server + "postgres", "postgres", "").execute("CREATE DATABASE " + EmbeddedPostgresServer.DATABASE);
            DatabaseLogin shipgate = new DatabaseLogin(server + EmbeddedPostgresServer.DATABASE, "postgres", "");
            Flyway.configure().dataSource(shipgate.jdbcUrl(), shipgate.user(), shipgate.password())
                    .locations("classpath:db/migration").target("2").load().migrate();
            shipgate.execute(
                    "INSERT INTO tenants (id, name) VALUES ('01900000-0000-7000-8000-000000000001', 'Merchant')",
                    """
                    INSERT INTO carrier_accounts (id, tenant_id, carrier, name, credentials, credentials_key_id)
                    VALUES ('01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000001', 'sandbox',
                            'Sandbox', '\\x00'::bytea, 'k1')""",
                    """
                    INSERT INTO shipments (id, tenant_id, carrier_account_id, carrier, service, awb, status, status_code,
                                           shipper, recipient, options, created_at, updated_at)
                    SELECT id::uuid, '01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-000000000002', 'sandbox',
                           'ground', awb, status, 1, '{}', '{"name": "Jane Roe"}', '{}', now(), now()
                    FROM (VALUES ('01900000-0000-7000-8000-000000000003', 'AWB-1', 'CREATED'),
                                 ('01900000-0000-7000-8000-000000000004', 'AWB-2', 'DELIVERED')) AS s (id, awb, status)""");
            assertThat(new DatabaseLogin(server + "postgres", "postgres", "").query("SELECT 1"))
                    .as("trust: the superuser without a password").isEqualTo("1");
        }
    }
}

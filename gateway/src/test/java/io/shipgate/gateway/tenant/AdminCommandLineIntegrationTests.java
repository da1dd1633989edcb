package io.shipgate.gateway.tenant;

import io.shipgate.gateway.ShipgateApplication;
import io.shipgate.gateway.platform.db.EmbeddedPostgresServer;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's command line on the gateway's jar ({@code java -jar gateway.jar tenants|keys ...}):
 * run through its entry point against the database the running gateway of this test uses, so the
 * keys it prints work (and stop working) over HTTP at once; and, in a child process, refused with a
 * clear message while a gateway holds the embedded database's data directory.
 */
class AdminCommandLineIntegrationTests extends ApiIntegrationTest {

    private static final Pattern KEY = Pattern.compile("^(sg_(live|test|op)_[0-9A-Za-z]{43})$", Pattern.MULTILINE);

    @TempDir
    static Path dataParent;

    private record Run(int exitCode, String out, String err) {
        String key() {
            Matcher key = KEY.matcher(out);
            assertThat(key.find()).as(out).isTrue();
            return key.group(1);
        }
    }

    @Test
    void tenantsAndKeysAreManagedOnTheCommandLineAndItsKeysWorkAtOnceOnARunningGateway() throws InterruptedException {
        Run tenant = cli("tenants", "create", "Acme", "Store");
        assertThat(tenant.exitCode()).as(tenant.err()).isZero();
        Matcher created = Pattern.compile("Tenant created: ([0-9a-f-]{36})  Acme Store").matcher(tenant.out());
        assertThat(created.find()).as(tenant.out()).isTrue();
        String tenantId = created.group(1);
        assertThat(cli("tenants", "list").out()).contains(tenantId).contains("Acme Store");

        Run live = cli("keys", "create", "--tenant", tenantId, "--name", "backend");
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).contains("shown once");
        String liveKey = live.key();
        assertThat(liveKey).startsWith("sg_live_");
        assertThat(api.get("/v1/carrier-accounts", liveKey).status()).isEqualTo(200);
        String testKey = cli("keys", "create", "--tenant", tenantId, "--test").key();
        assertThat(testKey).startsWith("sg_test_");

        Run list = cli("keys", "list", "--tenant", tenantId);
        assertThat(list.out()).contains(liveKey.substring(0, 12), testKey.substring(0, 12), "backend", " live ", " test ")
                .doesNotContain(liveKey).doesNotContain(testKey);

        String liveKeyId = list.out().lines().filter(l -> l.contains(liveKey.substring(0, 12))).findFirst().orElseThrow().substring(0, 36);
        Run revoked = cli("keys", "revoke", liveKeyId);
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int status;
        while ((status = api.get("/v1/carrier-accounts", liveKey).status()) != 401 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(status).as("the gateway refuses a key revoked on the command line within a second").isEqualTo(401);

        String operatorKey = cli("keys", "create", "--operator").key();
        assertThat(operatorKey).startsWith("sg_op_");
        Api.Response tenants = api.get("/v1/admin/tenants", operatorKey);
        assertThat(tenants.status()).isEqualTo(200);
        assertThat(tenants.json().get("tenants").findValuesAsText("id")).contains(tenantId);
        assertThat(cli("keys", "list", "--operator").out()).contains(operatorKey.substring(0, 10));
    }

    @Test
    void aWrongCommandExplainsItselfAndChangesNothing() {
        long tenantsBefore = jdbc.sql("SELECT count(*) FROM tenants").query(Long.class).single();
        Run missingTenant = cli("keys", "create");
        assertThat(missingTenant.exitCode()).isEqualTo(AdminCommandLine.USAGE);
        assertThat(missingTenant.err()).contains("--tenant ID or --operator").contains("usage:");
        assertThat(cli("keys", "create", "--tenant", "acme").err()).contains("not an id: acme");
        assertThat(cli("keys", "create", "--operator", "--test").exitCode()).isEqualTo(AdminCommandLine.USAGE);
        assertThat(cli("tenants", "remove", "x").err()).contains("unknown command");

        Run unknownKey = cli("keys", "revoke", UUID.randomUUID().toString());
        assertThat(unknownKey.exitCode()).isEqualTo(AdminCommandLine.FAILED);
        assertThat(unknownKey.err()).contains("not found");
        Run unknownTenant = cli("keys", "create", "--tenant", UUID.randomUUID().toString());
        assertThat(unknownTenant.exitCode()).isEqualTo(AdminCommandLine.FAILED);
        assertThat(jdbc.sql("SELECT count(*) FROM tenants").query(Long.class).single()).isEqualTo(tenantsBefore);
    }

    @Test
    void withTheEmbeddedDatabaseInUseByAGatewayTheCommandLineRefusesAndSaysWhatToDo() throws Exception {
        Path dataDir = dataParent.resolve("postgres");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(dataDir, Duration.ofSeconds(60))) {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"), ShipgateApplication.class.getName(), "keys", "create", "--operator"));
            ProcessBuilder child = new ProcessBuilder(command);
            child.environment().remove("SHIPGATE_DB_URL");
            child.environment().put("SHIPGATE_DATA_DIR", dataParent.toString());
            Process process = child.redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isEqualTo(AdminCommandLine.FAILED);
            assertThat(output).contains("the data directory " + dataDir + " is locked: a gateway is running on it")
                    .contains("Stop the gateway").contains("admin API").doesNotContain("sg_op_").doesNotContain("\tat ");
            // the running server was left alone
            try (var connection = DriverManager.getConnection(running.jdbcUrl(), running.username(), running.password())) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    /** Runs the command line as {@code java -jar gateway.jar ARGS} would, on this test's database. */
    private static Run cli(String... args) {
        TestDatabase database = TestDatabase.get();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                // the command line is quiet; this JVM's other tests keep their log levels
                "--logging.level.root=INFO", "--logging.level.org.springframework.boot=INFO"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = AdminCommandLine.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

package io.shipgate.gateway.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL on real binaries: durable data, recovery after a kill -9 of its JVM,
 * a non-root start (and a root one, when the tests run as root), and how a failed start reads.
 */
class EmbeddedPostgresServerTest {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final String TEST_USER = "shipgate-test";

    /** One parent for the data directories, so that the binaries are unpacked once (postgres-binaries). */
    @TempDir
    static Path shared;

    @Test
    void dataSurviveARestartAndAreWrittenDurably() throws Exception {
        Path dataDir = shared.resolve("restart/postgres");
        long started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, STARTUP)) {
            timing("first start (initdb; binaries unpacked if not yet in this JVM)", started);
            DatabaseLogin db = DatabaseLogin.of(server);
            db.execute("CREATE TABLE parcel (id INT PRIMARY KEY)", "INSERT INTO parcel VALUES (1)");
            assertThat(db.query("SHOW fsync")).isEqualTo("on");
            assertThat(db.query("SHOW synchronous_commit")).isEqualTo("on");
            assertThat(db.query("SHOW full_page_writes")).isEqualTo("on");
            assertThat(db.query("SHOW listen_addresses")).isEqualTo("127.0.0.1");

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, STARTUP))
                    .as("a second server on the same data directory")
                    .isInstanceOf(EmbeddedDatabaseUnavailableException.class)
                    .hasMessageContaining("in use by another running Shipgate");
            assertThat(db.query("SELECT count(*) FROM parcel")).as("the first one still runs").isEqualTo("1");
        }
        assertNoPostgresRunsOn(dataDir);

        started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, STARTUP)) {
            timing("restart", started);
            assertThat(DatabaseLogin.of(server).query("SELECT count(*) FROM parcel")).isEqualTo("1");
        }
        assertNoPostgresRunsOn(dataDir);
    }

    @Test
    void startsWithinSecondsAfterItsJvmWasKilledAndDespiteAStalePidFile() throws Exception {
        Path dataDir = shared.resolve("killed/postgres");
        Path output = shared.resolve("killed-child.log");
        Process child = childJvm(List.of(), System.getProperty("java.class.path"), shared, dataDir.toString(), output).start();
        try {
            DatabaseLogin db = DatabaseLogin.application(awaitReady(child, output), dataDir);
            db.execute("CREATE TABLE parcel (id INT PRIMARY KEY)", "INSERT INTO parcel VALUES (1)");

            child.destroyForcibly().waitFor();
            ProcessHandle survivor = Postmaster.running(dataDir).orElseThrow(
                    () -> new AssertionError("expected the postmaster to survive a kill -9 of its JVM"));

            long started = System.nanoTime();
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, STARTUP)) {
                long millis = timing("start after a kill -9 (stops the surviving postmaster first)", started);
                assertThat(millis).isLessThan(5_000);
                assertThat(Postmaster.isRunning(survivor)).as("the surviving postmaster").isFalse();
                assertThat(DatabaseLogin.of(server).query("SELECT count(*) FROM parcel")).isEqualTo("1");
            }
            assertNoPostgresRunsOn(dataDir);

            // a pid file whose pid now belongs to another process (PostgreSQL would refuse it) does not block either
            Process unrelated = new ProcessBuilder("sleep", "60").start();
            try {
                Files.writeString(dataDir.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDir + "\n");
                try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, STARTUP)) {
                    assertThat(DatabaseLogin.of(server).query("SELECT count(*) FROM parcel")).isEqualTo("1");
                }
                assertThat(unrelated.isAlive()).as("the process that reused the pid").isTrue();
            } finally {
                unrelated.destroyForcibly();
            }
            assertNoPostgresRunsOn(dataDir);
        } finally {
            stopAll(child, dataDir);
        }
    }

    @Test
    void startsAsANonRootUser() throws Exception {
        boolean root = new UnixSystem().getUid() == 0;
        if (root) {
            assumeTrue(ChildJvm.ensureUser(TEST_USER), "useradd and runuser are needed to run the embedded PostgreSQL as a non-root user");
        } else {
            System.out.println("Not running as root: the non-root case is the current user ("
                    + System.getProperty("user.name") + "); no user is created");
        }
        // a home that the user owns, outside the root-only @TempDir
        Path home = Files.createTempDirectory("shipgate-non-root-");
        Path dataDir = home.resolve("shipgate-data/postgres");
        Process child = null;
        try {
            String classpath = System.getProperty("java.class.path");
            List<String> asUser = List.of();
            if (root) {
                Files.setOwner(home, home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(TEST_USER));
                classpath = ChildJvm.readableCopyOf(classpath, home.resolve("classpath")); // ~/.m2 is root's only
                asUser = ChildJvm.asUser(TEST_USER);
            }
            long started = System.nanoTime();
            child = childJvm(asUser, classpath, home, "shipgate-data/postgres", home.resolve("child.log")).start();
            String jdbcUrl = awaitReady(child, home.resolve("child.log"));
            timing("non-root first start in a new JVM (" + (root ? TEST_USER : "current user") + ")", started);
            assertThat(DatabaseLogin.application(jdbcUrl, dataDir).query("SELECT current_database()"))
                    .isEqualTo(EmbeddedPostgresServer.DATABASE);
            assertThat(Files.getOwner(dataDir).getName()).isEqualTo(root ? TEST_USER : System.getProperty("user.name"));

            child.destroy(); // SIGTERM (runuser passes it on): the JVM's shutdown hook closes the server
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child JVM stops on SIGTERM").isTrue();
            assertNoPostgresRunsOn(dataDir);
        } finally {
            stopAll(child, dataDir);
            FileSystemUtils.deleteRecursively(home);
        }
    }

    @Test
    void asRootWithoutUserNamespacesItFailsAtOnceNamingTheWaysOut() throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "only as root");
        Path dir = Files.createDirectories(shared.resolve("no-userns"));
        // zonky decides from "unshare -U id -u" whether user namespaces work: make it fail, as where the kernel forbids them
        Path fakeUnshare = Files.writeString(Files.createDirectories(dir.resolve("bin")).resolve("unshare"), "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(fakeUnshare, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder jvm = childJvm(List.of(), System.getProperty("java.class.path"), dir, "postgres", dir.resolve("child.log"));
        jvm.environment().put("PATH", fakeUnshare.getParent() + File.pathSeparator + System.getenv("PATH"));

        long started = System.nanoTime();
        Process child = jvm.start();
        try {
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child JVM exits at once").isTrue();
            timing("failure as root without user namespaces, JVM start included", started);
            assertThat(Files.readString(dir.resolve("child.log")))
                    .contains(EmbeddedDatabaseUnavailableException.class.getName(), "unshare -U", "SHIPGATE_DB_URL", "non-root user")
                    .doesNotContain(EmbeddedPostgresServerChild.READY);
            assertThat(dir.resolve("postgres")).doesNotExist();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aServerThatCannotStartFailsAtOnceQuotingPostgreSQL() throws Exception {
        Path dataDir = shared.resolve("broken/postgres");
        EmbeddedPostgresServer.start(dataDir, STARTUP).close();
        Files.writeString(dataDir.resolve("postgresql.conf"), "shared_buffers = 'lots'\n", StandardOpenOption.APPEND);

        long started = System.nanoTime();
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, STARTUP))
                .isInstanceOf(EmbeddedDatabaseUnavailableException.class)
                .hasMessageContaining("PostgreSQL said: ")
                .hasMessageContaining("FATAL: configuration file \"" + dataDir.resolve("postgresql.conf") + "\" contains errors")
                .hasMessageContaining("(PostgreSQL's log: " + dataDir.resolveSibling("postgres.log") + ")")
                .hasMessageNotContaining("\n");
        assertThat(timing("failed start on a broken postgresql.conf", started)).as("long before the startup timeout")
                .isLessThan(STARTUP.toMillis() / 2);
        assertNoPostgresRunsOn(dataDir);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aFailedStartReadsAsApplicationFailedToStartNamingShipgateDbUrl(CapturedOutput output) throws IOException {
        Path notADirectory = Files.createFile(shared.resolve("not-a-directory"));
        SpringApplication application = new SpringApplication(EmbeddedDatabaseConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off"));

        // a command-line argument, so it wins over application.yml's data directory
        assertThatThrownBy(() -> application.run("--shipgate.embedded-db.data-dir=" + notADirectory.resolve("postgres"))).hasStackTraceContaining(EmbeddedDatabaseUnavailableException.class.getName());

        assertThat(output.toString())
                .contains("APPLICATION FAILED TO START")
                .contains("embedded PostgreSQL, which failed: java.nio.file.FileAlreadyExistsException: " + notADirectory)
                .contains("Action:", "set SHIPGATE_DB_URL", "run Shipgate as a non-root user")
                .doesNotContain("Application run failed"); // what Spring Boot logs, with the stack trace, when no analyzer applies
    }

    /** A JVM running {@link EmbeddedPostgresServerChild} on {@code dataDir}, its output in {@code output}. */
    private static ProcessBuilder childJvm(List<String> asUser, String classpath, Path workDir, String dataDir, Path output) {
        return ChildJvm.of(asUser, classpath, workDir, EmbeddedPostgresServerChild.class, output, dataDir);
    }

    /** Waits for the child's ready line and returns its JDBC URL. */
    private static String awaitReady(Process child, Path output) throws Exception {
        return ChildJvm.awaitLine(child, output, EmbeddedPostgresServerChild.READY);
    }

    /** Neither the postmaster named by the pid file nor any process started on the data directory runs. */
    private static void assertNoPostgresRunsOn(Path dataDir) throws IOException {
        assertThat(Postmaster.running(dataDir)).as("postmaster of " + dataDir).isEmpty();
        assertThat(ProcessHandle.allProcesses()
                .filter(Postmaster::isRunning)
                .filter(process -> process.info().commandLine().orElse("").contains(dataDir.toString())))
                .as("processes running on " + dataDir).isEmpty();
    }

    /** Cleanup whatever happened: the child JVM and a postmaster it may have left. */
    private static void stopAll(Process child, Path dataDir) throws IOException, InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        Postmaster.running(dataDir).ifPresent(postmaster -> Postmaster.stop(postmaster, Duration.ofSeconds(10)));
    }

    private static long timing(String what, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        System.out.printf("[timing] embedded PostgreSQL %s: %d ms%n", what, millis);
        return millis;
    }
}

package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.simulator.SandboxSimulator;
import io.shipgate.carrier.simulator.SandboxSimulatorServer;
import io.shipgate.gateway.ShipgateApplication;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a gateway in the middle of purchases: a gateway of its own (a child JVM on this test's
 * database) buys from a simulated carrier running in this JVM, is killed while every purchase is at
 * the carrier, and a second gateway started on the same database settles what the first left behind.
 */
class PurchaseCrashIntegrationTests extends ApiIntegrationTest {

    private static final int PURCHASES = 8;
    /** The children's carrier operation timeout; their purchase lease is 3 times it. */
    private static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration LEASE = OPERATION_TIMEOUT.multipliedBy(3);
    private static final Duration RECONCILER_INTERVAL = Duration.ofSeconds(1);

    @Value("${shipgate.secrets.credentials-key}")
    String credentialsKey;

    @Test
    void purchasesInFlightWhenTheGatewayIsKilledAreAllAccountedForAfterItsRestartAndRetriesNeverBuyTwice() throws Exception {
        SandboxSimulator carrier = new SandboxSimulator(Clock.systemUTC());
        try (SandboxSimulatorServer server = new SandboxSimulatorServer(carrier)) {
            int carrierPort = server.start(0);
            // the carrier takes 3 s per purchase (within the 4 s operation timeout): the kill comes while all are there
            tenants.sandboxAccount(merchant, "sandbox", Map.of("latency_ms", "3000"));
            Path dir = Files.createDirectories(Path.of("target", "purchase-crash"));

            ChildGateway first = ChildGateway.start(dir.resolve("first-gateway.log"), arguments(carrierPort));
            List<ObjectNode> orders = new ArrayList<>();
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < PURCHASES; i++) {
                    ObjectNode order = example("shipment-request.json");
                    order.put("reference", "CRASH-" + i);
                    orders.add(order);
                    String[] key = i % 2 == 0 ? new String[]{"Idempotency-Key", "crash-" + i} : new String[0];
                    clients.submit(() -> first.api().post("/v1/shipments", merchant.key(), order, key));
                }
                await("every purchase reached the carrier", Duration.ofSeconds(60), () -> carrier.calls() >= PURCHASES);
                first.kill();
                clients.shutdownNow();
            }
            assertThat(count("SELECT count(*) FROM purchase_intents WHERE tenant_id = ?"))
                    .as("each purchase was written down before the carrier was called").isEqualTo(PURCHASES);
            await("the carrier sold every label it was asked for", Duration.ofSeconds(30), () -> carrier.soldAwbs().size() == PURCHASES);
            assertThat(merchantRows("shipments")).as("nothing was recorded before the kill").isZero();
            assertThat(count("SELECT count(*) FROM idempotency_keys WHERE tenant_id = ? AND state = 'IN_PROGRESS'")).isEqualTo(PURCHASES / 2);

            ChildGateway second = ChildGateway.start(dir.resolve("second-gateway.log"), arguments(carrierPort));
            try {
                long up = System.nanoTime();
                await("the restarted gateway settled every purchase", LEASE.plusSeconds(30),
                        () -> count("SELECT count(*) FROM purchase_intents WHERE tenant_id = ?") == 0);
                System.out.printf("[figures] purchase crash: %d purchases in flight at kill -9 settled %d ms after the restarted gateway"
                        + " was up (lease %d s)%n", PURCHASES, (System.nanoTime() - up) / 1_000_000, LEASE.toSeconds());

                assertThat(count("SELECT count(*) FROM idempotency_keys WHERE tenant_id = ? AND state = 'IN_PROGRESS'")).isZero();
                Set<String> recorded = new HashSet<>(jdbc.sql("SELECT awb FROM shipments WHERE tenant_id = ?")
                        .param(merchant.tenant().id()).query(String.class).list());
                Set<String> accountedFor = new HashSet<>(recorded);
                accountedFor.addAll(carrier.cancelledAwbs());
                assertThat(accountedFor).as("every label sold is recorded or voided").containsAll(carrier.soldAwbs());
                assertThat(recorded).hasSize(PURCHASES);

                for (int i = 0; i < PURCHASES; i += 2) {
                    Api.Response retry = second.api().post("/v1/shipments", merchant.key(), orders.get(i), "Idempotency-Key", "crash-" + i);
                    assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
                    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
                    assertThat(retry.json().get("reference").asText()).isEqualTo("CRASH-" + i);
                    assertThat(recorded).contains(retry.json().get("awb").asText());
                }
                assertThat(carrier.soldAwbs()).as("retries bought nothing").hasSize(PURCHASES);
            } finally {
                second.stop();
            }
            // neither gateway logged the requests' personal data or a secret, on the crash path either
            String logs = Files.readString(first.log()) + Files.readString(second.log());
            ObjectNode order = orders.getFirst();
            List<String> personal = new ArrayList<>(List.of(merchant.key(), "test-key"));
            for (String party : List.of("shipper", "recipient")) {
                for (String field : List.of("name", "company", "phone", "email", "street1", "street2")) {
                    if (order.get(party).hasNonNull(field)) {
                        personal.add(order.get(party).get(field).asText());
                    }
                }
            }
            assertThat(personal).allSatisfy(value -> assertThat(logs).as("the gateways' logs").doesNotContain(value));
        }
    }

    private List<String> arguments(int carrierPort) {
        TestDatabase database = TestDatabase.get();
        return List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--shipgate.secrets.credentials-key=" + credentialsKey,
                "--shipgate.demo-tenant.enabled=false",
                "--management.server.port=0",
                "--shipgate.sandbox-carrier.simulator-enabled=false",
                "--shipgate.carriers.sandbox.base-url=http://127.0.0.1:" + carrierPort,
                "--shipgate.carriers.sandbox.timeout=" + OPERATION_TIMEOUT.toSeconds() + "s",
                "--shipgate.carriers.sandbox.operation-timeout=" + OPERATION_TIMEOUT.toSeconds() + "s",
                "--shipgate.purchases.reconciler.interval=" + RECONCILER_INTERVAL.toSeconds() + "s");
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(merchant.tenant().id()).query(Long.class).single();
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + timeout.toSeconds() + " s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The gateway (ShipgateApplication on this test's class path) in a JVM of its own, on a free port. */
    private record ChildGateway(Process process, Api api, Path log) {

        static ChildGateway start(Path log, List<String> arguments) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"), ShipgateApplication.class.getName(), "--server.port=" + port));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildGateway gateway = new ChildGateway(process, new Api(port), log);
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!gateway.healthy()) {
                assertThat(process.isAlive()).as("the gateway started; its log:\n" + gateway.logTail()).isTrue();
                assertThat(System.nanoTime()).as("the gateway up within 180 s; its log:\n" + gateway.logTail()).isLessThan(deadline);
                Thread.sleep(250);
            }
            return gateway;
        }

        private boolean healthy() {
            try {
                return api.get("/actuator/health", null).status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }

        private String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }
}

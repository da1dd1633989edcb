package io.shipgate.gateway.tenant;

import io.shipgate.gateway.ShipgateApplication;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway nodes on one database (this test's application context, node A, and a second one,
 * node B): a key revoked through A, by hand in the database, or while B's listening connection was
 * cut, is refused by B within a second, although B had it cached.
 */
class KeyRevocationAcrossNodesIntegrationTests extends ApiIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext nodeB;
    private static Api b;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(ShipgateApplication.class)
                .initializers(new TestDatabase.Initializer())
                .run("--server.port=0", "--management.server.port=0",
                        "--shipgate.secrets.credentials-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "--shipgate.demo-tenant.enabled=false");
        b = new Api(Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port")));
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @Test
    void aKeyRevokedThroughOneNodeIsRefusedByTheOtherWithinASecond() {
        String key = cachedOnNodeB();
        String id = keyId(key);

        long start = System.nanoTime();
        assertThat(api.delete("/v1/api-keys/" + id, merchant.key()).status()).isEqualTo(200);
        Duration refusedAfter = untilRefused(b, key);
        System.out.println("node B refused the key revoked through node A after " + refusedAfter.toMillis() + " ms"
                + " (" + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms including the DELETE)");
        assertThat(refusedAfter).isLessThan(WITHIN);
    }

    @Test
    void aKeyRevokedByHandInTheDatabaseIsRefusedByEveryNode() {
        String key = cachedOnNodeB();
        assertThat(api.get("/v1/shipments", key).status()).isEqualTo(200);

        jdbc.sql("UPDATE api_keys SET revoked_at = now() WHERE id = ?::uuid").param(keyId(key)).update();
        assertThat(untilRefused(b, key)).as("node B").isLessThan(WITHIN);
        assertThat(untilRefused(api, key)).as("node A").isLessThan(WITHIN);
    }

    @Test
    void aNodeWhoseListeningConnectionWasCutReconnectsAndForgetsWhatItMayHaveMissed() throws InterruptedException {
        String key = cachedOnNodeB();
        ApiKeyChangeListener listener = nodeB.getBean(ApiKeyChangeListener.class);
        long connectedBefore = listener.connections();
        int cut = jdbc.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = ?").param(ApiKeyChangeListener.APPLICATION_NAME).query(Integer.class).single();
        assertThat(cut).as("both nodes' listening connections").isGreaterThanOrEqualTo(2);
        // revoked while B cannot hear it
        jdbc.sql("UPDATE api_keys SET revoked_at = now() WHERE id = ?::uuid").param(keyId(key)).update();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (listener.connections() == connectedBefore) {
            assertThat(System.nanoTime()).as("listening again within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(b.get("/v1/shipments", key).status()).isEqualTo(401);
    }

    /** A new live key of the merchant, used once on node B so that B has it cached. */
    private String cachedOnNodeB() {
        String key = api.post("/v1/api-keys", merchant.key(), Map.of("mode", "live")).json().get("key").asText();
        assertThat(b.get("/v1/shipments", key).status()).isEqualTo(200);
        assertThat(b.get("/v1/shipments", key).status()).isEqualTo(200);
        return key;
    }

    private String keyId(String key) {
        return jdbc.sql("SELECT id::text FROM api_keys WHERE key_digest = ?").param(ApiKeys.digest(key)).query(String.class).single();
    }

    /** How long until the node refuses the key (each node hears the change on its own connection, in its own time). */
    private static Duration untilRefused(Api node, String key) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
            if (node.get("/v1/shipments", key).status() == 401) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
        }
        return Duration.ofSeconds(5);
    }
}

package io.shipgate.gateway.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.shipgate.gateway.ShipgateApplication;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.GatewayIntegrationTest;
import io.shipgate.gateway.testing.TestDatabase;
import io.shipgate.routes.Endpoints;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch survives its node: node B (started beside this test's node A on the same database, its batch worker on its
 * timer) buys a batch submitted to node A, then B dies mid-batch as after {@code kill -9} (its connection
 * pool closed first, so it writes nothing more, then its context stopped), holding claimed rows, some of them
 * half-bought. A finishes the batch once B's claims end (the purchase reconciler settling what B left). Every row is
 * bought once: one shipment per reference, none twice.
 */
class BatchAcrossNodesIntegrationTests extends ApiIntegrationTest {

    private static final int ROWS = 24;

    @Test
    void aBatchStoppedMidWayOnOneNodeIsFinishedByAnotherWithNoDuplicate() throws Exception {
        tenants.sandboxAccount(merchant, "sandbox", Map.of("latency_ms", "150"));
        // node B runs on the real clock
        clock.advance(Duration.between(clock.instant(), Instant.now()));
        ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(ShipgateApplication.class)
                .initializers(new TestDatabase.Initializer(), new CarrierMocks.Initializer())
                .run(nodeBArguments());
        String id;
        try {
            Api.Response submitted = api.post("/v1/batches", merchant.key(), BatchIntegrationTests.rows("NODES", ROWS));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
            id = submitted.json().get("id").asText();
            for (int i = 0; i < 200 && created(id) < ROWS / 4; i++) {
                Thread.sleep(50);
            }
        } finally {
            nodeB.getBean(DataSource.class).unwrap(HikariDataSource.class).close();
            nodeB.close();
        }
        assertThat(created(id)).as("rows bought before node B stopped").isBetween(1, ROWS - 1);

        // rows B claimed and did not settle are held until the hold ends: A's clock moves past it
        clock.advance(Duration.ofMinutes(11));
        JsonNode batch = null;
        for (int i = 0; i < 100; i++) {
            batch = api.get("/v1/batches/" + id, merchant.key()).json();
            if (batch.get("counts").get("pending").asInt() == 0) {
                break;
            }
            routes.sendBody(Endpoints.RECONCILE_PURCHASES, null);
            routes.sendBody(Endpoints.PROCESS_BATCH_ROWS, null);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(batch.get("status").asText()).isEqualTo("completed");
        assertThat(batch.get("counts").get("created").asInt()).isEqualTo(ROWS);
        Set<String> shipments = new HashSet<>();
        batch.get("rows").forEach(r -> shipments.add(r.get("shipment_id").asText()));
        assertThat(shipments).hasSize(ROWS);
        assertThat(merchantRows("shipments")).isEqualTo(ROWS);
        List<String> twice = jdbc.sql("SELECT reference FROM shipments WHERE tenant_id = ? GROUP BY reference HAVING count(*) > 1")
                .param(merchant.tenant().id()).query(String.class).list();
        assertThat(twice).isEmpty();
    }

    private int created(String id) {
        return api.get("/v1/batches/" + id + "?limit=0", merchant.key()).json().get("counts").get("created").asInt();
    }

    /** Node A's test settings, with B's batch worker on its timer: small claims, two rows at a time per account. */
    private static String[] nodeBArguments() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : GatewayIntegrationTest.class.getAnnotation(SpringBootTest.class).properties()) {
            int eq = setting.indexOf('=');
            settings.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("shipgate.batches.worker.enabled", "true");
        settings.put("shipgate.batches.worker.interval", "100ms");
        settings.put("shipgate.batches.worker.batch-size", "4");
        settings.put("shipgate.batches.worker.concurrency-per-account", "2");
        return settings.entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue()).toArray(String[]::new);
    }
}

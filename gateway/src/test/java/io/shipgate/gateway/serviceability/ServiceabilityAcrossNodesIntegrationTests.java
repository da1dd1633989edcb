package io.shipgate.gateway.serviceability;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.ShipgateApplication;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway nodes on one database (this test's context, node A, and node B): a table uploaded through
 * A replaces the one B holds in memory, by B's version check, within its refresh interval plus the load.
 */
class ServiceabilityAcrossNodesIntegrationTests extends ApiIntegrationTest {

    private static final String HEADER = "country,postal_code,prepaid,cod,cod_limit,pickup,reverse_pickup,oda,embargo\n";

    private static ConfigurableApplicationContext nodeB;
    private static Api b;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(ShipgateApplication.class)
                .initializers(new TestDatabase.Initializer())
                .run("--server.port=0", "--management.server.port=0",
                        "--shipgate.secrets.credentials-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "--shipgate.demo-tenant.enabled=false",
                        "--shipgate.serviceability.refresh-interval=1s");
        b = new Api(Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port")));
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @Test
    void aTableUploadedThroughOneNodeIsInForceOnTheOtherWithinSeconds() throws InterruptedException {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1")));
        UUID account = UUID.fromString(created.json().get("id").asText());
        upload(account, "1000");
        assertThat(reasonOnB(account)).as("node B loads version 1 into memory").isEqualTo("COD_OVER_LIMIT");

        long start = System.nanoTime();
        upload(account, "5000");
        long deadline = start + Duration.ofSeconds(10).toNanos();
        String reason = reasonOnB(account);
        while (reason != null && System.nanoTime() < deadline) {
            Thread.sleep(50);
            reason = reasonOnB(account);
        }
        System.out.println("node B answered from the table uploaded through node A after "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms (refresh interval 1 s)");
        assertThat(reason).as("version 2's limit, on node B").isNull();
    }

    private void upload(UUID account, String codLimit) {
        Api.Response uploaded = api.put("/v1/carrier-accounts/" + account + "/serviceability?currency=INR", merchant.key(), "text/csv",
                (HEADER + "IN,122015,Y,Y,,Y,Y,N,N\nIN,400001,Y,Y," + codLimit + ",Y,Y,N,N\n").getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    }

    /** Node B's reason for excluding the account from a COD 1,499 order to Mumbai; null when it is available. */
    private String reasonOnB(UUID account) {
        Api.Response answer = b.post("/v1/serviceability", merchant.key(), Map.of(
                "origin", Map.of("country", "IN", "postal_code", "122015"),
                "destination", Map.of("country", "IN", "postal_code", "400001"),
                "payment_mode", "COD", "cod_amount", Map.of("amount", "1499.00", "currency", "INR")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        for (JsonNode excluded : answer.json().get("excluded")) {
            if (excluded.get("carrier_account_id").asText().equals(account.toString())) {
                return excluded.get("reason").asText();
            }
        }
        return null;
    }
}

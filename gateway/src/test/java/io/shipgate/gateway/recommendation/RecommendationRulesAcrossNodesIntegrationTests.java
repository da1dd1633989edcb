package io.shipgate.gateway.recommendation;

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
 * Two gateway nodes on one database (this test's context, node A, and node B): rules stored through A replace the
 * version B holds in memory, by B's version check, within its refresh interval plus the load.
 */
class RecommendationRulesAcrossNodesIntegrationTests extends ApiIntegrationTest {

    private static ConfigurableApplicationContext nodeB;
    private static Api b;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(ShipgateApplication.class)
                .initializers(new TestDatabase.Initializer())
                .run("--server.port=0", "--management.server.port=0",
                        "--shipgate.secrets.credentials-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "--shipgate.demo-tenant.enabled=false",
                        "--shipgate.recommendation.refresh-interval=1s");
        b = new Api(Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port")));
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @Test
    void rulesStoredThroughOneNodeAreUsedOnTheOtherWithinSeconds() throws InterruptedException {
        put(1);
        assertThat(ruleVersionOnB()).as("node B loads version 1 into memory").isEqualTo(1);

        long start = System.nanoTime();
        put(2);
        long deadline = start + Duration.ofSeconds(10).toNanos();
        int version = ruleVersionOnB();
        while (version != 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            version = ruleVersionOnB();
        }
        System.out.println("node B recommended under the rules stored through node A after "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms (refresh interval 1 s)");
        assertThat(version).as("version 2, on node B").isEqualTo(2);
    }

    private void put(int cost) {
        Api.Response stored = api.send("PUT", "/v1/recommendation-rules", merchant.key(),
                Map.of("weights", RecommendationIntegrationTests.weights(cost, 1, 1, 1)));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
    }

    /** The rule version node B recommends under. */
    private int ruleVersionOnB() {
        Api.Response answer = b.post("/v1/recommendations", merchant.key(), RecommendationIntegrationTests.order("560001", null));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("rule_version").asInt();
    }
}

package io.shipgate.gateway.ratecard;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway nodes on one database (this test's context, node A, and node B): a card uploaded through A replaces
 * the one B holds in memory, by B's version check, within its refresh interval plus the load.
 */
class RateCardAcrossNodesIntegrationTests extends ApiIntegrationTest {

    private static final String CARD = """
            section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price
            setting,currency,INR,,,,,,,
            setting,country,IN,,,,,,,
            zone,,,ALL,*,*,,,,
            slab,,,ALL,,,0,5,,PRICE
            """;

    private static ConfigurableApplicationContext nodeB;
    private static Api b;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(ShipgateApplication.class)
                .initializers(new TestDatabase.Initializer())
                .run("--server.port=0", "--management.server.port=0",
                        "--shipgate.secrets.credentials-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "--shipgate.demo-tenant.enabled=false",
                        "--shipgate.rate-cards.refresh-interval=1s");
        b = new Api(Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port")));
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @Test
    void aCardUploadedThroughOneNodeQuotesOnTheOtherWithinSeconds() throws InterruptedException {
        UUID account = tenants.sandboxAccount(merchant, "cards", Map.of());
        upload(account, "40");
        assertThat(versionOnB(account)).as("node B loads version 1 into memory").isEqualTo(1);

        long start = System.nanoTime();
        upload(account, "45");
        long deadline = start + Duration.ofSeconds(10).toNanos();
        int version = versionOnB(account);
        while (version != 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            version = versionOnB(account);
        }
        System.out.println("node B quoted from the card uploaded through node A after "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms (refresh interval 1 s)");
        assertThat(version).as("version 2, on node B").isEqualTo(2);
    }

    private void upload(UUID account, String price) {
        Api.Response uploaded = api.put("/v1/carrier-accounts/" + account + "/rate-cards/surface", merchant.key(), "text/csv",
                CARD.replace("PRICE", price).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    }

    /** The rate card version node B quotes from. */
    private int versionOnB(UUID account) {
        Api.Response answer = b.post("/v1/rates", merchant.key(), Map.of(
                "shipper", Map.of("country", "IN", "postal_code", "122015"),
                "recipient", Map.of("country", "IN", "postal_code", "400001"),
                "parcels", List.of(Map.of("weight", Map.of("value", 1, "unit", "KG"))),
                "source", "RATE_CARD"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode quote = answer.json().get("quotes").get(0);
        assertThat(quote.get("total").get("amount").asText()).isEqualTo(quote.get("rate_card_version").asInt() == 1 ? "40.00" : "45.00");
        return quote.get("rate_card_version").asInt();
    }
}

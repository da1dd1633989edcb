package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.gateway.support.Api;
import io.shipgate.gateway.support.ApiIntegrationTest;
import io.shipgate.gateway.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyIntegrationTests extends ApiIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void sameKeyAndBodyReplaysTheOriginalAnswer() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        ObjectNode body = example("shipment-request.json");
        Api.Response first = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "order-42");
        Api.Response replay = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "order-42");

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.bytes()).isEqualTo(first.bytes());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(merchantRows("shipments")).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        ObjectNode body = example("shipment-request.json");
        api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "order-43");
        body.put("reference", "ANOTHER-ORDER");
        Api.Response reused = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "order-43");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(merchantRows("shipments")).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirTenant() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        TestTenants.TestTenant other = tenants.create();
        tenants.sandboxAccount(other, "sandbox", Map.of());
        ObjectNode body = example("shipment-request.json");
        String mine = api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "shared-key").json().get("id").asText();
        Api.Response theirs = api.post("/v1/shipments", other.key(), body, "Idempotency-Key", "shared-key");
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id").asText()).isNotEqualTo(mine);
    }

    @Test
    void concurrentRequestsWithOneKeyBuyOneLabel() throws InterruptedException {
        // carrier latency keeps the first purchase running while the others arrive
        tenants.sandboxAccount(merchant, "sandbox", Map.of("latency_ms", "300"));
        ObjectNode body = example("shipment-request.json");
        double purchasesBefore = purchases();

        List<Api.Response> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Callable<Api.Response>> calls = IntStream.range(0, 10)
                    .<Callable<Api.Response>>mapToObj(i -> () -> api.post("/v1/shipments", merchant.key(), body, "Idempotency-Key", "race"))
                    .toList();
            answers = pool.invokeAll(calls).stream().map(IdempotencyIntegrationTests::get).toList();
        }

        assertThat(answers).extracting(Api.Response::status).containsOnly(201);
        assertThat(answers).extracting(r -> r.json().get("awb").asText()).containsOnly(answers.getFirst().json().get("awb").asText());
        assertThat(merchantRows("shipments")).isEqualTo(1);
        assertThat(purchases() - purchasesBefore).isEqualTo(1.0);
    }

    private double purchases() {
        return meters.find(CarrierTransport.TIMER).tag("carrier", "sandbox").tag("operation", "createShipment").timers()
                .stream().mapToDouble(Timer::count).sum();
    }

    private static Api.Response get(Future<Api.Response> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

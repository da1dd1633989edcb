package io.shipgate.gateway.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.demo.DemoHistory;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/edd/accuracy} on history generated through the sandbox carrier's model and stored through the shipment
 * module: the caller's shipments only, the figures of the backtest, and a 400 naming the field for a bad period.
 */
class EddAccuracyIntegrationTests extends ApiIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 5, 31);

    @Autowired
    private DemoHistory history;

    @Test
    void theAccuracyOfTheTenantsOwnHistoryIsReportedAndAnotherTenantSeesNoneOfIt() {
        DemoHistory.Result generated = history.generate(merchant.tenant().id(), 3_000, FROM, TO, 5);
        assertThat(generated.shipments()).isEqualTo(3_000);
        assertThat(merchantRows("shipments")).isEqualTo(3_000);
        assertThat(generated.returnedToOrigin()).isPositive();
        // the live EDD's lane statistics learned every one of them
        assertThat(generated.learned()).isEqualTo(3_000);
        assertThat(merchantRows("lane_stats_shipments")).isEqualTo(3_000);

        Api.Response response = api.get("/v1/edd/accuracy?from=2026-04-01&to=2026-05-31", merchant.key());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode overall = response.json().get("overall");
        long inPeriod = jdbc.sql("SELECT count(*) FROM shipments WHERE tenant_id = ? AND ship_date BETWEEN '2026-04-01' AND '2026-05-31'")
                .param(merchant.tenant().id()).query(Long.class).single();
        assertThat(overall.get("shipments").asLong()).isEqualTo(inPeriod);
        assertThat(overall.get("delivered").asLong() + overall.get("returned_to_origin").asLong()).isEqualTo(inPeriod);
        assertThat(overall.get("calibration")).hasSize(5);
        assertThat(overall.get("calibration").get(2).get("percentile").asInt()).isEqualTo(90);
        assertThat(overall.get("mae_days").asDouble()).isLessThan(overall.get("carrier_promise").get("mae_days").asDouble());
        assertThat(response.json().get("services").findValuesAsText("service"))
                .containsExactly("sandbox_economy", "sandbox_express", "sandbox_standard");

        TestTenants.TestTenant other = tenants.create();
        Api.Response foreign = api.get("/v1/edd/accuracy?from=2026-04-01&to=2026-05-31", other.key());
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.json().get("overall").get("shipments").asLong()).isZero();
        assertThat(foreign.json().get("services")).isEmpty();
    }

    @Test
    void aBadPeriodIsRefusedNamingItsField() {
        assertRefused("/v1/edd/accuracy?to=2026-05-31", "from");
        assertRefused("/v1/edd/accuracy?from=2026-13-01&to=2026-05-31", "from");
        assertRefused("/v1/edd/accuracy?from=2026-04-01&to=yesterday", "to");
        assertRefused("/v1/edd/accuracy?from=2026-04-01&to=2026-03-31", "to");
        assertRefused("/v1/edd/accuracy?from=2025-01-01&to=2026-01-02", "to");
        assertRefused("/v1/edd/accuracy?from=2026-04-01&to=2026-05-31&confidence=1.5", "confidence");
    }

    private void assertRefused(String path, String field) {
        Api.Response refused = api.get(path, merchant.key());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).as(path).containsExactly(field);
    }
}

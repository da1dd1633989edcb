package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProofOfDeliveryIntegrationTests extends ApiIntegrationTest {

    @Test
    void theCarriersProofIsAvailableOnceDelivered() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of("tracking_step_seconds", "60"));
        String id = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json().get("id").asText();

        Api.Response early = api.get("/v1/shipments/" + id + "/proof-of-delivery", merchant.key());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asText()).endsWith("/carrier-invalid-state");

        clock.advance(Duration.ofMinutes(6));
        Api.Response proof = api.get("/v1/shipments/" + id + "/proof-of-delivery", merchant.key());
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        JsonNode pod = proof.json();
        assertThat(pod.get("signed_by").asText()).isNotBlank();
        assertThat(pod.get("delivered_at").asText()).matches(".*[+-]\\d\\d:\\d\\d$");
        JsonNode document = pod.get("documents").get(0);
        assertThat(document.get("content_type").asText()).isEqualTo("application/pdf");
        assertThat(LabelScanner.pdfPageCount(Base64.getDecoder().decode(document.get("content").asText()))).isEqualTo(1);
        assertThat(api.get("/v1/shipments/" + id + "/proof-of-delivery", tenants.create().key()).status()).isEqualTo(404);
    }
}

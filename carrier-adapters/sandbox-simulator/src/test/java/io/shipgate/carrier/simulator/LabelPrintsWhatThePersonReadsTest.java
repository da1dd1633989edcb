package io.shipgate.carrier.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, behaviour 11: a label prints the shipper's local date and the weight in the merchant's unit. */
class LabelPrintsWhatThePersonReadsTest {

    private static final String SHIPPER = "{\"name\":\"Ada Shipper\",\"street1\":\"1 Main St\",\"city\":\"New York\",\"state\":\"NY\",\"postal_code\":\"10001\",\"country\":\"US\"}";
    private static final String RECIPIENT = "{\"name\":\"Grace Recipient\",\"street1\":\"500 Market St\",\"city\":\"San Francisco\",\"state\":\"CA\",\"postal_code\":\"94105\",\"country\":\"US\"}";

    /** 22:30 in New York on 12 January, already 13 January in UTC. */
    private final SandboxSimulator simulator = new SandboxSimulator(Clock.fixed(Instant.parse("2026-01-13T03:30:00Z"), ZoneOffset.UTC), new byte[32]);

    @Test
    void theMerchantsWeightIsPrintedInItsOwnUnit() throws Exception {
        assertThat(zpl("{\"weight_grams\":1134,\"weight\":{\"value\":\"2.50\",\"unit\":\"LB\"}}")).contains("WEIGHT 2.5 LB").doesNotContain("1.13 KG");
        assertThat(zpl("{\"weight_grams\":1134}")).contains("WEIGHT 1.13 KG");
    }

    @Test
    void theShipDateIsTheShippersLocalDate() throws Exception {
        assertThat(zpl("{\"weight_grams\":1134}")).contains("SHIP DATE 2026-01-12").doesNotContain("2026-01-13");
    }

    @Test
    void aWeightInAnUnknownUnitIsRefusedNamingTheField() {
        SimulatorResponse refused = buy("{\"weight_grams\":1134,\"weight\":{\"value\":\"2.5\",\"unit\":\"STONE\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("parcels[0].weight.unit");
    }

    private String zpl(String parcel) throws Exception {
        SimulatorResponse bought = buy(parcel);
        assertThat(bought.status()).isEqualTo(201);
        JsonNode label = new ObjectMapper().readTree(bought.body()).get("labels").get(0);
        return new String(Base64.getDecoder().decode(label.get("content_base64").asText()), StandardCharsets.US_ASCII);
    }

    private SimulatorResponse buy(String parcel) {
        String body = "{\"service_code\":\"sandbox_standard\",\"shipper\":" + SHIPPER + ",\"recipient\":" + RECIPIENT
                + ",\"parcels\":[" + parcel + "],\"label_formats\":[\"ZPL\"]}";
        return simulator.handle("POST", "/v1/shipments", null, Map.of("Authorization", "Bearer test-key"),
                body.getBytes(StandardCharsets.UTF_8));
    }
}

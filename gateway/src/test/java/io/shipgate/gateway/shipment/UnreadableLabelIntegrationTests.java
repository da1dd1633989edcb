package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.gateway.carrier.ScriptedCarrier;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A carrier sold a label the adapter could not read: the shipment is bought and stored (its AWB is real,
 * the carrier charges it), its answer says what went wrong, and its label cannot be downloaded.
 */
class UnreadableLabelIntegrationTests extends ApiIntegrationTest {

    @Test
    void aSaleWhoseLabelCouldNotBeReadIsAShipmentWithAWarningAndNoLabel() {
        UUID account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", ScriptedCarrier.CODE,
                "name", "unreadable labels", "credentials", Map.of("api_key", "k"))).json().get("id").asText());
        String awb = "SC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ScriptedCarrier.script(account, new ScriptedCarrier.Script(null,
                request -> new ShipmentConfirmation(awb, null, List.of(awb), "ground", new Money(new BigDecimal("12.30"), "USD"),
                        List.of(), List.of(), null, "{}",
                        List.of(CarrierMessage.warning(CarrierMessage.LABEL_UNREADABLE, "the carrier's GIF label could not be decoded"))),
                null));
        ObjectNode request = example("shipment-request.json");
        request.remove("carrier");
        request.put("carrier_account_id", account.toString());

        Api.Response created = api.post("/v1/shipments", merchant.key(), request);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        assertThat(shipment.get("awb").asText()).isEqualTo(awb);
        assertThat(shipment.get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(shipment.get("labels")).isEmpty();
        assertWarned(shipment);
        String id = shipment.get("id").asText();
        assertWarned(api.get("/v1/shipments/" + id, merchant.key()).json());
        assertThat(jdbc.sql("SELECT count(*) FROM purchase_intents WHERE tenant_id = ?").param(merchant.tenant().id())
                .query(Long.class).single()).as("the purchase is settled").isZero();

        for (String format : List.of("pdf", "png")) {
            Api.Response label = api.get("/v1/shipments/" + id + "/label?format=" + format, merchant.key());
            assertThat(label.status()).as(label.toString()).isEqualTo(404);
            assertThat(label.json().get("type").asText()).endsWith("/label-not-available");
            assertThat(label.json().get("available")).isEmpty();
        }
    }

    @Test
    void aShipmentWithNothingToSayHasNoWarnings() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        Api.Response created = api.post("/v1/shipments", merchant.key(), example("shipment-request.json"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("warnings")).isEmpty();
    }

    private static void assertWarned(JsonNode shipment) {
        assertThat(shipment.get("warnings")).hasSize(1);
        assertThat(shipment.get("warnings").get(0).get("code").asText()).isEqualTo("LABEL_UNREADABLE");
        assertThat(shipment.get("warnings").get(0).get("message").asText()).isEqualTo("the carrier's GIF label could not be decoded");
    }
}

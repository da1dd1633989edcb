package io.shipgate.gateway.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Warehouses through the REST API, and a shipment naming one. */
class WarehouseIntegrationTests extends ApiIntegrationTest {

    @Test
    void aWarehouseIsCreatedChangedListedAndArchived() {
        Api.Response created = api.post("/v1/warehouses", merchant.key(), example("warehouse-request.json"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("cutoff_time").asText()).startsWith("17:00");
        assertThat(created.json().get("auto_attach_pickups").asBoolean()).isTrue();

        JsonNode changed = api.patch("/v1/warehouses/" + id, merchant.key(), example("warehouse-update-request.json")).json();
        assertThat(changed.get("cutoff_time").asText()).startsWith("18:00");
        assertThat(changed.get("working_days")).hasSize(6);
        assertThat(changed.get("name").asText()).isEqualTo("Brooklyn DC");

        assertThat(api.get("/v1/warehouses", merchant.key()).json().get("data").findValuesAsText("id")).containsExactly(id);
        JsonNode archived = api.delete("/v1/warehouses/" + id, merchant.key()).json();
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(api.get("/v1/warehouses", merchant.key()).json().get("data")).isEmpty();
        assertThat(api.get("/v1/warehouses?include_archived=true", merchant.key()).json().get("data")).hasSize(1);
        assertThat(api.get("/v1/warehouses/" + id, tenants.create().key()).status()).isEqualTo(404);
    }

    @Test
    void anInvalidWarehouseIsRefusedNamingItsFields() {
        ObjectNode request = example("warehouse-request.json");
        request.put("time_zone", "Mars/Olympus");
        request.putArray("working_days").add("MONDAY").add("MONDAY");
        Api.Response refused = api.post("/v1/warehouses", merchant.key(), request);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("time_zone", "working_days");

        ObjectNode noContact = example("warehouse-request.json");
        noContact.remove("contact");
        assertThat(fields(api.post("/v1/warehouses", merchant.key(), noContact))).containsExactly("contact");
    }

    @Test
    void aShipmentNamesItsWarehouseAndAForeignOneIsRefusedBeforeTheCarrier() {
        String warehouse = api.post("/v1/warehouses", merchant.key(), example("warehouse-request.json")).json().get("id").asText();
        tenants.sandboxAccount(merchant, "Sandbox", Map.of());
        ObjectNode request = example("shipment-request.json");
        request.put("warehouse_id", warehouse);
        Api.Response bought = api.post("/v1/shipments", merchant.key(), request);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        assertThat(bought.json().get("warehouse_id").asText()).isEqualTo(warehouse);
        assertThat(api.get("/v1/shipments/" + bought.json().get("id").asText(), merchant.key()).json().get("warehouse_id").asText())
                .isEqualTo(warehouse);

        long calls = carrierCalls();
        request.put("warehouse_id", UUID.randomUUID().toString());
        Api.Response unknown = api.post("/v1/shipments", merchant.key(), request);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(fields(unknown)).isEqualTo(List.of("warehouse_id"));
        assertThat(carrierCalls()).isEqualTo(calls);
    }
}

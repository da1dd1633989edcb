package io.shipgate.gateway.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** End-of-day manifests through the REST API on the sandbox carrier, the PDF read back as the courier's scanner reads it. */
class ManifestIntegrationTests extends ApiIntegrationTest {

    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    @Test
    void aManifestListsExactlyTheDaysUnmanifestedShipmentsWithTheirTotalsAndScannableAwbs() {
        String warehouse = warehouse();
        String otherWarehouse = warehouse();
        String account = tenants.sandboxAccount(merchant, "Sandbox", Map.of()).toString();
        JsonNode plain = buy(account, warehouse, null, 1);
        JsonNode withCod = buy(account, warehouse, "25.00", 2);
        JsonNode cancelled = buy(account, warehouse, null, 1);
        assertThat(api.post("/v1/shipments/" + cancelled.get("id").asText() + "/cancel", merchant.key(), null).status()).isEqualTo(200);
        JsonNode elsewhere = buy(account, otherWarehouse, null, 1);
        JsonNode nowhere = buy(account, null, null, 1);

        Api.Response created = api.post("/v1/manifests", merchant.key(), Map.of("carrier_account_id", account, "warehouse_id", warehouse));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode manifest = created.json();
        assertThat(manifest.get("shipments").findValuesAsText("awb")).containsExactly(awb(plain), awb(withCod));
        assertThat(manifest.get("shipment_count").asInt()).isEqualTo(2);
        assertThat(manifest.get("piece_count").asInt()).isEqualTo(3);
        BigDecimal parcelKg = Weight.of("2.5", WeightUnit.LB).in(WeightUnit.KG, 3);
        String totalKg = parcelKg.multiply(BigDecimal.valueOf(3)).toPlainString();
        assertThat(manifest.get("total_weight_kg").asText()).isEqualTo(totalKg);
        assertThat(manifest.get("cod_totals")).singleElement().satisfies(cod -> {
            assertThat(Api.amount(cod)).isEqualByComparingTo("25.00");
            assertThat(cod.get("currency").asText()).isEqualTo("USD");
        });
        assertThat(manifest.get("carrier_status").asText()).isEqualTo("CLOSED");
        assertThat(manifest.get("carrier_manifest_id").asText()).startsWith("MF");

        Api.Response document = api.get(manifest.get("document_url").asText(), merchant.key());
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(ManifestBarcodes.decode(document.bytes())).containsExactly(awb(plain), awb(withCod));
        String text = ManifestBarcodes.text(document.bytes());
        assertThat(text).contains(awb(plain), awb(withCod), "Warehouse: Brooklyn DC", "Carrier: sandbox", "ORDER-1001", "25.00 USD",
                "Totals: shipments 2   pieces 3   weight " + totalKg + " kg   COD 25.00 USD", "Courier signature");
        assertThat(text).doesNotContain(awb(cancelled), awb(elsewhere), awb(nowhere));

        // the day is closed: nothing more to manifest until a new shipment comes
        Api.Response again = api.post("/v1/manifests", merchant.key(), Map.of("carrier_account_id", account, "warehouse_id", warehouse));
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        JsonNode late = buy(account, warehouse, null, 1);
        JsonNode second = api.post("/v1/manifests", merchant.key(), Map.of("carrier_account_id", account, "warehouse_id", warehouse)).json();
        assertThat(second.get("shipments").findValuesAsText("awb")).containsExactly(awb(late));
        assertThat(ManifestBarcodes.decode(api.get(second.get("document_url").asText(), merchant.key()).bytes())).containsExactly(awb(late));

        assertThat(api.get("/v1/manifests?warehouse_id=" + warehouse, merchant.key()).json().get("data").findValuesAsText("id"))
                .containsExactly(second.get("id").asText(), manifest.get("id").asText());
        assertThat(api.get("/v1/manifests/" + manifest.get("id").asText(), tenants.create().key()).status()).isEqualTo(404);
    }

    @Test
    void aManifestedShipmentCannotBeCancelledNorManifestedTwice() {
        String warehouse = warehouse();
        String account = tenants.sandboxAccount(merchant, "Sandbox", Map.of()).toString();
        JsonNode shipment = buy(account, warehouse, null, 1);
        String id = shipment.get("id").asText();
        Map<String, Object> listed = Map.of("carrier_account_id", account, "warehouse_id", warehouse, "shipment_ids", List.of(id));
        String manifestId = api.post("/v1/manifests", merchant.key(), listed).json().get("id").asText();

        long calls = carrierCalls();
        Api.Response cancel = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(409);
        assertThat(cancel.json().get("type").asText()).endsWith("/invalid-state");
        assertThat(cancel.json().get("manifest_id").asText()).isEqualTo(manifestId);
        assertThat(carrierCalls()).isEqualTo(calls);
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("MANIFESTED");

        Api.Response twice = api.post("/v1/manifests", merchant.key(), listed);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(fields(twice)).containsExactly("shipment_ids[0]");
        assertThat(jdbc.sql("SELECT count(*) FROM manifest_shipments WHERE shipment_id = ?::uuid").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aManifestForAnUnknownWarehouseOrAccountNamesTheField() {
        String account = tenants.sandboxAccount(merchant, "Sandbox", Map.of()).toString();
        String foreignWarehouse = api.post("/v1/warehouses", tenants.create().key(), example("warehouse-request.json")).json().get("id").asText();
        Api.Response foreign = api.post("/v1/manifests", merchant.key(), Map.of("carrier_account_id", account, "warehouse_id", foreignWarehouse));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(fields(foreign)).containsExactly("warehouse_id");
        Api.Response noAccount = api.post("/v1/manifests", merchant.key(), Map.of("carrier_account_id", foreignWarehouse, "warehouse_id", warehouse()));
        assertThat(noAccount.status()).isEqualTo(404);
        assertThat(fields(noAccount)).containsExactly("carrier_account_id");
    }

    private String warehouse() {
        ObjectNode request = example("warehouse-request.json");
        request.set("working_days", Api.json().valueToTree(EVERY_DAY));
        return api.post("/v1/warehouses", merchant.key(), request).json().get("id").asText();
    }

    private JsonNode buy(String account, String warehouse, String cod, int parcels) {
        ObjectNode shipment = example("shipment-request.json");
        shipment.remove("carrier");
        shipment.put("carrier_account_id", account);
        if (warehouse != null) {
            shipment.put("warehouse_id", warehouse);
        }
        if (cod != null) {
            shipment.putObject("options").putObject("cod").put("amount", cod).put("currency", "USD");
        }
        while (shipment.withArray("parcels").size() < parcels) {
            shipment.withArray("parcels").add(shipment.withArray("parcels").get(0).deepCopy());
        }
        Api.Response bought = api.post("/v1/shipments", merchant.key(), shipment);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        return bought.json();
    }

    private static String awb(JsonNode shipment) {
        return shipment.get("awb").asText();
    }
}

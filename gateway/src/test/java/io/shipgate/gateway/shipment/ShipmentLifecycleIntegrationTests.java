package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.TestClock;
import io.shipgate.gateway.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ShipmentLifecycleIntegrationTests extends ApiIntegrationTest {

    @BeforeEach
    void setUp() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of("tracking_step_seconds", "60"));
    }

    @Test
    void shipmentIsCreatedReadLabelledTrackedAndCancelled() {
        Api.Response created = api.post("/v1/shipments", merchant.key(), example("shipment-request.json"), "Idempotency-Key", "life-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        String id = shipment.get("id").asText();
        String awb = shipment.get("awb").asText();
        assertThat(shipment.get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(shipment.get("carrier").asText()).isEqualTo("sandbox");
        assertThat(Api.amount(shipment.get("charged_amount"))).isPositive();
        assertThat(shipment.get("labels").findValuesAsText("format")).contains("PDF", "ZPL", "PNG");
        assertThat(created.header("Location")).isEqualTo("/v1/shipments/" + id);

        Api.Response read = api.get("/v1/shipments/" + id, merchant.key());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(shipment);

        Api.Response pdf = api.get("/v1/shipments/" + id + "/label?format=pdf", merchant.key());
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(LabelScanner.pdfPageCount(pdf.bytes())).isEqualTo(1);
        assertThat(LabelScanner.barcodeOfPdf(pdf.bytes(), 0)).isEqualTo(awb);
        Api.Response zpl = api.get("/v1/shipments/" + id + "/label?format=zpl", merchant.key());
        assertThat(new String(zpl.bytes(), StandardCharsets.UTF_8).strip()).startsWith("^XA").contains(awb).endsWith("^XZ");
        Api.Response png = api.get("/v1/shipments/" + id + "/label?format=png", merchant.key());
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(LabelScanner.barcodeOfPng(png.bytes())).isEqualTo(awb);
        assertThat(api.get("/v1/shipments/" + id + "/label?format=gif", merchant.key()).status()).isEqualTo(400);

        Api.Response tracking = api.get("/v1/shipments/" + id + "/tracking", merchant.key());
        assertThat(tracking.status()).as(tracking.toString()).isEqualTo(200);
        assertThat(tracking.json().get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(tracking.json().get("events")).isNotEmpty();
        assertThat(tracking.json().get("last_refreshed_at").isNull()).isFalse();

        Api.Response cancelled = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("status_code").asInt()).isEqualTo(13);
        assertThat(api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null).status()).isEqualTo(200);
        assertThat(api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("events").findValuesAsText("status"))
                .contains("CANCELLED");

        assertThat(outboxEvents(id)).containsExactly("shipment.created", "shipment.cancelled");
    }

    @Test
    void trackingAdvancesWithTheCarrierAndCancelIsRefusedOnceDelivered() {
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json();
        String id = shipment.get("id").asText();

        clock.advance(Duration.ofSeconds(150)); // two tracking steps: picked up, in transit
        JsonNode tracking = api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json();
        assertThat(tracking.get("status").asText()).isEqualTo("IN_TRANSIT");
        assertThat(tracking.get("events").findValuesAsText("status")).containsSubsequence("MANIFESTED", "PICKED_UP", "IN_TRANSIT");
        assertThat(tracking.get("events").get(0).get("occurred_at").asText()).matches(".*[+-]\\d\\d:\\d\\d$");

        clock.advance(Duration.ofMinutes(3));
        tracking = api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json();
        assertThat(tracking.get("status").asText()).isEqualTo("DELIVERED");

        // once delivered, neither a cancellation nor a return to origin (CancelAfterPickupIntegrationTests: before delivery)
        Api.Response refused = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/invalid-state");
        assertThat(refused.json().get("status").asInt()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("shipment_status").asText()).isEqualTo("DELIVERED");
        assertThat(new String(refused.bytes()).split("\"status\"", -1)).as("one status member").hasSize(2);
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("DELIVERED");
        assertThat(outboxEvents(id)).contains("shipment.status_changed");
        int events = tracking.get("events").size();
        assertThat(api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key()).json().get("events")).hasSize(events);
    }

    @Test
    void listFiltersAndPagesNewestFirst() {
        ObjectNode request = example("shipment-request.json");
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            request.put("reference", "LIST-" + i);
            ids[i] = api.post("/v1/shipments", merchant.key(), request).json().get("id").asText();
        }
        JsonNode first = api.get("/v1/shipments?limit=2", merchant.key()).json();
        assertThat(first.get("data").findValuesAsText("id")).containsExactly(ids[2], ids[1]);
        JsonNode second = api.get("/v1/shipments?limit=2&cursor=" + first.get("next_cursor").asText(), merchant.key()).json();
        assertThat(second.get("data").findValuesAsText("id")).containsExactly(ids[0]);
        assertThat(second.has("next_cursor")).isFalse();

        assertThat(api.get("/v1/shipments?reference=LIST-1", merchant.key()).json().get("data").findValuesAsText("id"))
                .containsExactly(ids[1]);
        api.post("/v1/shipments/" + ids[0] + "/cancel", merchant.key(), null);
        assertThat(api.get("/v1/shipments?status=CANCELLED&carrier=sandbox", merchant.key()).json().get("data").findValuesAsText("id"))
                .containsExactly(ids[0]);
        assertThat(api.get("/v1/shipments?created_from=2999-01-01T00:00:00Z", merchant.key()).json().get("data")).isEmpty();
        assertThat(api.get("/v1/shipments?limit=500", merchant.key()).status()).isEqualTo(400);
        assertThat(api.get("/v1/shipments?cursor=garbage", merchant.key()).json().get("errors").get(0).get("field").asText())
                .isEqualTo("cursor");
    }

    @Test
    void multiPieceShipmentHasOneTrackingNumberAndLabelPagePerParcel() {
        ObjectNode request = example("shipment-request.json");
        request.withArray("parcels").add(request.withArray("parcels").get(0).deepCopy());
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), request).json();
        assertThat(shipment.get("parcels")).hasSize(2);
        assertThat(shipment.get("parcels").findValuesAsText("tracking_number")).doesNotHaveDuplicates().hasSize(2);
        byte[] pdf = api.get("/v1/shipments/" + shipment.get("id").asText() + "/label?format=pdf", merchant.key()).bytes();
        assertThat(LabelScanner.pdfPageCount(pdf)).isEqualTo(2);
        Api.Response secondPng = api.get("/v1/shipments/" + shipment.get("id").asText() + "/label?format=png&parcel=2", merchant.key());
        assertThat(LabelScanner.barcodeOfPng(secondPng.bytes())).isEqualTo(shipment.get("awb").asText());
    }

    @Test
    void eachChangeWritesItsTypedEventWithTheChange() throws Exception {
        ObjectNode request = example("shipment-request.json");
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), request).json();
        String id = shipment.get("id").asText();
        api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);

        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT tenant_id, aggregate_type, event_type, event_version, payload::text AS payload FROM outbox
                        WHERE aggregate_id = ? ORDER BY id""").param(UUID.fromString(id)).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("event_type")).containsExactly("shipment.created", "shipment.cancelled");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("tenant_id")).isEqualTo(merchant.tenant().id());
            assertThat(r.get("aggregate_type")).isEqualTo("shipment");
            assertThat(r.get("event_version")).isEqualTo(1);
        });
        JsonNode created = Api.json().readTree((String) rows.get(0).get("payload"));
        assertThat(created.propertyStream().map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("shipment_id", "awb", "carrier", "status", "status_code", "reference", "occurred_at");
        assertThat(created.get("shipment_id").asText()).isEqualTo(id);
        assertThat(created.get("awb").asText()).isEqualTo(shipment.get("awb").asText());
        assertThat(created.get("carrier").asText()).isEqualTo("sandbox");
        assertThat(created.get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(created.get("status_code").asInt()).isEqualTo(1);
        assertThat(created.get("reference").asText()).isEqualTo(request.get("reference").asText());
        assertThat(Instant.parse(created.get("occurred_at").asText())).isEqualTo(Instant.parse(shipment.get("created_at").asText()));
        JsonNode cancelled = Api.json().readTree((String) rows.get(1).get("payload"));
        assertThat(cancelled.propertyStream().map(Map.Entry::getKey)).contains("shipment_id", "awb", "status", "status_code", "occurred_at")
                .doesNotContain("tenant_id", "type", "version");
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("status_code").asInt()).isEqualTo(13);
    }

    private java.util.List<String> outboxEvents(String shipmentId) {
        return jdbc.sql("SELECT event_type FROM outbox WHERE aggregate_id = ? ORDER BY id").param(UUID.fromString(shipmentId))
                .query(String.class).list();
    }
}

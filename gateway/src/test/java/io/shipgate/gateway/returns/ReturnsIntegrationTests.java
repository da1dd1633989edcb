package io.shipgate.gateway.returns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer returns on the sandbox carrier, through the REST API: booked for a delivered shipment (idempotently), tracked
 * through the RETURN_* statuses by the tracking pipeline with return.* events in the outbox, refused outside the tenant's
 * rules with the rule named, cancelled before pickup and refused after.
 */
class ReturnsIntegrationTests extends ApiIntegrationTest {

    @BeforeEach
    void aSandboxAccount() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of("tracking_step_seconds", "60"));
    }

    @Test
    void aDeliveredShipmentsReturnIsBookedTrackedThroughReturnStatusesAndAnnounced() {
        JsonNode shipment = deliveredShipment();
        ObjectNode request = returnOf(shipment);

        String key = "rma-" + UUID.randomUUID();
        Api.Response created = api.post("/v1/returns", merchant.key(), request, "Idempotency-Key", key);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode booked = created.json();
        String id = booked.get("id").asText();
        String awb = booked.get("awb").asText();
        assertThat(created.header("Location")).isEqualTo("/v1/returns/" + id);
        assertThat(booked.get("status").asText()).isEqualTo("RETURN_REQUESTED");
        assertThat(booked.get("status_code").asInt()).isEqualTo(21);
        assertThat(booked.get("shipment_id").asText()).isEqualTo(shipment.get("id").asText());
        assertThat(booked.get("service").asText()).isEqualTo("sandbox_return");
        assertThat(awb).isNotEqualTo(shipment.get("awb").asText());
        assertThat(booked.get("pickup_address")).as("the shipment's recipient").isEqualTo(shipment.get("recipient"));
        assertThat(booked.get("return_address")).as("the shipment's shipper").isEqualTo(shipment.get("shipper"));
        assertThat(booked.get("items").get(0).get("sku").asText()).isEqualTo("WIDGET-1");
        assertThat(booked.get("labels").findValuesAsText("format")).contains("PDF", "ZPL", "PNG");
        byte[] label = api.get("/v1/returns/" + id + "/label?format=pdf", merchant.key()).bytes();
        assertThat(LabelScanner.barcodeOfPdf(label, 0)).isEqualTo(awb);

        // the same key and body: the same return, nothing booked again
        Api.Response replayed = api.post("/v1/returns", merchant.key(), request, "Idempotency-Key", key);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json()).isEqualTo(booked);
        assertThat(merchantRows("returns")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(150)); // the courier came (out for pickup, picked up)
        JsonNode tracking = api.get(booked.get("tracking_url").asText(), merchant.key()).json();
        assertThat(tracking.get("events").findValuesAsText("status")).containsSubsequence("RETURN_REQUESTED", "OUT_FOR_PICKUP", "RETURN_PICKED_UP");
        JsonNode pickedUp = api.get("/v1/returns/" + id, merchant.key()).json();
        assertThat(pickedUp.get("status").asText()).isEqualTo("RETURN_PICKED_UP");
        assertThat(pickedUp.has("picked_up_at")).isTrue();

        Api.Response refused = api.post("/v1/returns/" + id + "/cancel", merchant.key(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("/invalid-state");
        assertThat(refused.json().get("return_status").asText()).isEqualTo("RETURN_PICKED_UP");

        clock.advance(Duration.ofMinutes(4)); // in transit, then received at the warehouse
        api.get(booked.get("tracking_url").asText(), merchant.key());
        JsonNode delivered = api.get("/v1/returns/" + id, merchant.key()).json();
        assertThat(delivered.get("status").asText()).isEqualTo("RETURN_DELIVERED");
        assertThat(delivered.has("delivered_at")).isTrue();

        assertThat(returnEvents(id)).containsExactly("return.created RETURN_REQUESTED", "return.status_changed RETURN_PICKED_UP",
                "return.status_changed RETURN_DELIVERED");
        JsonNode listed = api.get("/v1/returns?shipment_id=" + shipment.get("id").asText(), merchant.key()).json();
        assertThat(listed.get("data").findValuesAsText("id")).containsExactly(id);
    }

    @Test
    void aReturnOutsideTheRulesIsRefusedWithTheRuleNamedAndNothingIsBooked() {
        JsonNode shipment = deliveredShipment();
        Api.Response rules = api.send("PUT", "/v1/return-rules", merchant.key(), Map.of("return_window_days", 1,
                "non_returnable_reasons", List.of("NO_LONGER_NEEDED"), "non_returnable_skus", List.of("GIFT-CARD-50")));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        assertThat(api.get("/v1/return-rules", merchant.key()).json().get("non_returnable_skus").get(0).asText()).isEqualTo("GIFT-CARD-50");
        assertThat(fields(api.send("PUT", "/v1/return-rules", merchant.key(), Map.of("return_window_days", -1))))
                .containsExactly("return_window_days");
        assertThat(fields(api.send("PUT", "/v1/return-rules", merchant.key(), Map.of("non_returnable_reasons", List.of("BORED")))))
                .singleElement().asString().startsWith("non_returnable_reasons");
        long calls = carrierCalls();

        ObjectNode unwanted = returnOf(shipment).put("reason", "NO_LONGER_NEEDED");
        assertRefused(api.post("/v1/returns", merchant.key(), unwanted), "non_returnable_reasons");
        ObjectNode giftCard = returnOf(shipment);
        ((ObjectNode) giftCard.withArray("items").get(0)).put("sku", "GIFT-CARD-50");
        assertRefused(api.post("/v1/returns", merchant.key(), giftCard), "non_returnable_skus");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        Api.Response late = api.post("/v1/returns", merchant.key(), returnOf(shipment));
        assertRefused(late, "return_window_days");
        assertThat(late.json().get("return_window_days").asInt()).isEqualTo(1);

        assertThat(carrierCalls()).as("refused before any carrier call").isEqualTo(calls);
        assertThat(merchantRows("returns")).isZero();

        // a shipment not delivered yet has nothing to return
        String inTransit = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json().get("id").asText();
        Api.Response notDelivered = api.post("/v1/returns", merchant.key(), returnOf(api.get("/v1/shipments/" + inTransit, merchant.key()).json()));
        assertThat(notDelivered.status()).as(notDelivered.toString()).isEqualTo(409);
        assertThat(notDelivered.json().get("shipment_status").asText()).isEqualTo("MANIFESTED");
    }

    @Test
    void aStandaloneReturnIsCancelledBeforePickupAndListed() {
        Api.Response invalid = api.post("/v1/returns", merchant.key(), Map.of("carrier", "sandbox", "reason", "DEFECTIVE",
                "items", List.of(Map.of("quantity", 1))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("items[0]", "pickup_address", "return_address", "parcels");

        Api.Response created = api.post("/v1/returns", merchant.key(), example("return-standalone-request.json"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().has("shipment_id")).isFalse();
        String other = api.post("/v1/returns", merchant.key(), example("return-standalone-request.json")).json().get("id").asText();

        Api.Response cancelled = api.post("/v1/returns/" + id + "/cancel", merchant.key(), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("carrier_cancelled").asBoolean()).isTrue();
        assertThat(api.post("/v1/returns/" + id + "/cancel", merchant.key(), null).json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(returnEvents(id)).containsExactly("return.created RETURN_REQUESTED", "return.status_changed CANCELLED");

        JsonNode first = api.get("/v1/returns?limit=1", merchant.key()).json();
        assertThat(first.get("data").findValuesAsText("id")).containsExactly(other);
        JsonNode second = api.get("/v1/returns?limit=1&cursor=" + first.get("next_cursor").asText(), merchant.key()).json();
        assertThat(second.get("data").findValuesAsText("id")).containsExactly(id);
        assertThat(api.get("/v1/returns?status=CANCELLED&reason=DEFECTIVE", merchant.key()).json().get("data").findValuesAsText("id"))
                .containsExactly(id);
        assertThat(api.get("/v1/returns/" + UUID.randomUUID(), merchant.key()).status()).isEqualTo(404);
        assertThat(api.get("/v1/returns/" + id, tenants.create().key()).status()).as("another tenant's").isEqualTo(404);
    }

    @Test
    void aCrossBorderReturnHoldsOnlyWhatWasShippedAndGoesWithItsCustoms() {
        String id = api.post("/v1/shipments", merchant.key(), example("shipment-international-request.json")).json().get("id").asText();
        clock.advance(Duration.ofMinutes(5));
        assertThat(api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("status").asText()).isEqualTo("DELIVERED");
        JsonNode shipment = api.get("/v1/shipments/" + id, merchant.key()).json();

        ObjectNode notShipped = returnOf(shipment);
        assertThat(fields(api.post("/v1/returns", merchant.key(), notShipped))).containsExactly("items[0].sku");
        ObjectNode twoShirts = returnOf(shipment);
        ((ObjectNode) twoShirts.withArray("items").get(0)).put("sku", "TS-RED-M").put("quantity", 2);
        Api.Response first = api.post("/v1/returns", merchant.key(), twoShirts);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("pickup_address").get("country").asText()).isEqualTo("DE");

        // 3 shipped, 2 on their way back: 1 more at most
        Api.Response tooMany = api.post("/v1/returns", merchant.key(), twoShirts);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(fields(tooMany)).containsExactly("items[0].quantity");
        assertThat(tooMany.json().get("errors").get(0).get("message").asText()).startsWith("at most 1 more of TS-RED-M");
    }

    @Test
    void carrierAutoBooksOnTheRecommendedAccountThatPicksReturnsUpAtTheCustomer() {
        UUID cheapNoReversePickup = rankedAccount("no reverse pickup", "N", 5);
        UUID dearerReversePickup = rankedAccount("reverse pickup", "Y", 9);
        ObjectNode request = example("return-standalone-request.json").put("carrier", "auto");

        Api.Response created = api.post("/v1/returns", merchant.key(), request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("carrier_account_id").asText()).isEqualTo(dearerReversePickup.toString())
                .isNotEqualTo(cheapNoReversePickup.toString());
        assertThat(created.json().get("service").asText()).isEqualTo("sandbox_return");
        assertThat(created.json().get("rule_version").asInt()).isZero();

        assertThat(fields(api.post("/v1/returns", merchant.key(), request.deepCopy().put("service", "sandbox_return"))))
                .containsExactly("service");
    }

    /** A sandbox account serving 94105 -> 10005, reverse pickup at 94105 or not, with a rate card for its return service. */
    private UUID rankedAccount(String name, String reversePickup, int price) {
        UUID account = tenants.sandboxAccount(merchant, name, Map.of());
        String table = "country,postal_code,prepaid,cod,pickup,reverse_pickup\nUS,10005,Y,Y,Y,Y\nUS,94105,Y,Y,Y," + reversePickup + "\n";
        Api.Response uploaded = api.put("/v1/carrier-accounts/" + account + "/serviceability", merchant.key(), "text/csv",
                table.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        String card = """
                section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price
                setting,currency,USD,,,,,,,
                setting,country,US,,,,,,,
                zone,,,ALL,*,*,,,,
                slab,,,ALL,,,0,10,,%d
                """.formatted(price);
        Api.Response carded = api.put("/v1/carrier-accounts/" + account + "/rate-cards/sandbox_return", merchant.key(), "text/csv",
                card.getBytes(StandardCharsets.UTF_8));
        assertThat(carded.status()).as(carded.toString()).isEqualTo(200);
        return account;
    }

    private void assertRefused(Api.Response refused, String rule) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/return-not-allowed");
        assertThat(refused.json().get("rule").asText()).isEqualTo(rule);
    }

    /** A sandbox shipment, tracked until DELIVERED. */
    private JsonNode deliveredShipment() {
        String id = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json().get("id").asText();
        clock.advance(Duration.ofMinutes(5));
        assertThat(api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("status").asText()).isEqualTo("DELIVERED");
        return api.get("/v1/shipments/" + id, merchant.key()).json();
    }

    private static ObjectNode returnOf(JsonNode shipment) {
        ObjectNode request = example("return-request.json");
        request.put("shipment_id", shipment.get("id").asText());
        ((ObjectNode) request.withArray("items").get(0)).put("sku", "WIDGET-1");
        return request;
    }

    /** The return's outbox events, oldest first, as "type status". */
    private List<String> returnEvents(String returnId) {
        return jdbc.sql("SELECT event_type || ' ' || (payload ->> 'status') FROM outbox WHERE aggregate_type = 'return' AND aggregate_id = ? ORDER BY id")
                .param(UUID.fromString(returnId)).query(String.class).list();
    }
}

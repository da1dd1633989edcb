package io.shipgate.gateway.returns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Delhivery reverse pickup through the REST API, Delhivery's API stubbed in WireMock with its published answers: the
 * manifest Delhivery receives is its reverse-pickup request (payment mode Pickup, the customer, the warehouse, the reason),
 * the return has no label (the courier brings it), its tracking moves it through the RETURN_* statuses, and it cannot be
 * cancelled once picked up.
 */
class DelhiveryReturnsIntegrationTests extends ApiIntegrationTest {

    private static final String CREATE = "/api/cmu/create.json";
    private static final String AWB = "36391910012356";

    private final WireMockServer delhivery = CarrierMocks.server();

    @BeforeEach
    void aDelhiveryAccount() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        delhivery.stubFor(get(urlPathEqualTo("/c/api/pin-codes/json/")).withQueryParam("filter_codes", equalTo("560001"))
                .willReturn(okJson(fixture("pincode/serviceable-560001.json"))));
        delhivery.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson(fixture("manifest/success-return.json"))));
    }

    @AfterEach
    void resetDelhivery() {
        delhivery.resetAll();
    }

    @Test
    void aReversePickupIsManifestedTrackedThroughReturnStatusesAndNotCancelledOncePickedUp() throws IOException {
        Api.Response created = api.post("/v1/returns", merchant.key(), standaloneReturn());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode booked = created.json();
        String id = booked.get("id").asText();
        assertThat(booked.get("awb").asText()).isEqualTo(AWB);
        assertThat(booked.get("carrier").asText()).isEqualTo("delhivery");
        assertThat(booked.get("service").asText()).isEqualTo("surface");
        assertThat(booked.get("labels")).as("Delhivery's courier brings the reverse label").isEmpty();
        assertThat(api.get("/v1/returns/" + id + "/label", merchant.key()).json().get("type").asText()).endsWith("/label-not-available");

        // Delhivery received its reverse-pickup manifest: payment mode Pickup, from the customer to the warehouse, with the reason
        String body = delhivery.findAll(postRequestedFor(urlEqualTo(CREATE))).getFirst().getBodyAsString();
        String data = URLDecoder.decode(body.substring(body.indexOf("data=") + 5), StandardCharsets.UTF_8);
        assertThat(Api.json().readTree(data)).isEqualTo(Api.json().readTree(fixture("manifest/request-return.json")));

        // picked up and on its way
        delhivery.stubFor(get(urlPathEqualTo("/api/v1/packages/json/")).withQueryParam("waybill", equalTo(AWB))
                .willReturn(okJson(trackingUpTo(4))));
        JsonNode tracking = api.get(booked.get("tracking_url").asText(), merchant.key()).json();
        assertThat(tracking.get("status").asText()).as(tracking.toString()).isEqualTo("RETURN_PICKED_UP");
        assertThat(api.get("/v1/returns/" + id, merchant.key()).json().get("status").asText()).isEqualTo("RETURN_PICKED_UP");
        Api.Response refused = api.post("/v1/returns/" + id + "/cancel", merchant.key(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("return_status").asText()).isEqualTo("RETURN_PICKED_UP");
        delhivery.verify(0, postRequestedFor(urlEqualTo("/api/p/edit")));

        // received at the warehouse
        delhivery.stubFor(get(urlPathEqualTo("/api/v1/packages/json/")).withQueryParam("waybill", equalTo(AWB))
                .willReturn(okJson(fixture("tracking/reverse-pickup.json"))));
        clock.advance(Duration.ofMinutes(2));
        api.get(booked.get("tracking_url").asText(), merchant.key());
        JsonNode delivered = api.get("/v1/returns/" + id, merchant.key()).json();
        assertThat(delivered.get("status").asText()).isEqualTo("RETURN_DELIVERED");
        assertThat(jdbc.sql("SELECT event_type || ' ' || (payload ->> 'status') FROM outbox WHERE aggregate_id = ? ORDER BY id")
                .param(UUID.fromString(id)).query(String.class).list())
                .containsExactly("return.created RETURN_REQUESTED", "return.status_changed RETURN_PICKED_UP", "return.status_changed RETURN_DELIVERED");
    }

    /** The reverse pickup of Delhivery's adapter fixture: Rahul in Bengaluru returns a kurta to Kirana Retail's Gurugram warehouse. */
    private static Map<String, Object> standaloneReturn() {
        return Map.of("carrier", "delhivery", "reference", "RMA-2001", "reason", "WRONG_SIZE",
                "items", List.of(Map.of("sku", "KURTA-M", "description", "Cotton kurta", "quantity", 1)),
                "pickup_address", Map.of("name", "Rahul Customer", "phone", "+91 9123456780", "street1", "12 MG Road", "city", "Bengaluru",
                        "state", "KA", "postal_code", "560001", "country", "IN", "residential", true),
                "return_address", Map.of("name", "Priya Warehouse", "company", "Kirana Retail", "phone", "+91 9876543210",
                        "street1", "Plot 7, Sector 18", "city", "Gurugram", "state", "HR", "postal_code", "122015", "country", "IN",
                        "residential", false),
                "parcels", List.of(Map.of("weight", Map.of("value", 1.5, "unit", "KG"),
                        "dimensions", Map.of("length", 30, "width", 20, "height", 10, "unit", "CM"), "description", "Cotton kurta, wrong size")));
    }

    /** Delhivery's reverse-pickup tracking as it stood after its first {@code scans} scans. */
    private static String trackingUpTo(int scans) {
        try {
            ObjectNode answer = (ObjectNode) Api.json().readTree(fixture("tracking/reverse-pickup.json"));
            ObjectNode shipment = (ObjectNode) answer.get("ShipmentData").get(0).get("Shipment");
            ArrayNode all = (ArrayNode) shipment.get("Scans");
            while (all.size() > scans) {
                all.remove(all.size() - 1);
            }
            JsonNode last = all.get(scans - 1).get("ScanDetail");
            ObjectNode status = (ObjectNode) shipment.get("Status");
            status.put("Status", last.get("Scan").asText()).put("StatusType", last.get("ScanType").asText())
                    .put("StatusDateTime", last.get("ScanDateTime").asText()).put("StatusCode", last.get("StatusCode").asText())
                    .put("Instructions", last.get("Instructions").asText());
            return Api.json().writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixture(String path) {
        return CarrierModules.text("delhivery", "delhivery/" + path).replace("{{base_url}}", CarrierMocks.baseUrl());
    }
}

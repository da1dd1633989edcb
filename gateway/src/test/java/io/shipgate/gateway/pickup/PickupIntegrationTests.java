package io.shipgate.gateway.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Pickups through the REST API: booked and cancelled on the sandbox carrier and on UPS (stubbed), refused before the carrier. */
class PickupIntegrationTests extends ApiIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String UPS_PICKUP = "/api/pickupcreation/v2409/pickup";
    private static final String UPS_CANCEL = "/api/shipments/v2409/pickup/02";

    @Autowired
    BusinessCalendars calendars;

    @AfterEach
    void resetUps() {
        CarrierMocks.server().resetAll();
    }

    @Test
    void aPickupIsScheduledOnTheSandboxWithItsShipmentsReplayedByItsKeyAndCancelled() {
        String warehouse = warehouse(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        String account = tenants.sandboxAccount(merchant, "Sandbox", Map.of()).toString();
        String shipment = buy(account, warehouse);
        LocalDate date = nextWorkingDay();
        Map<String, Object> request = Map.of("warehouse_id", warehouse, "carrier_account_id", account, "date", date.toString(),
                "ready_from", "10:00", "ready_until", "16:00", "shipment_ids", List.of(shipment), "instructions", "Dock 3");

        Api.Response booked = api.post("/v1/pickups", merchant.key(), request, "Idempotency-Key", "pickup-1");
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode pickup = booked.json();
        assertThat(pickup.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(pickup.get("carrier_pickup_id").asText()).startsWith("PU");
        assertThat(pickup.get("package_count").asInt()).isEqualTo(1);
        assertThat(pickup.get("shipment_ids").get(0).asText()).isEqualTo(shipment);
        assertThat(pickup.get("confirmed_date").asText()).isEqualTo(date.toString());

        long calls = carrierCalls();
        Api.Response replayed = api.post("/v1/pickups", merchant.key(), request, "Idempotency-Key", "pickup-1");
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json()).isEqualTo(pickup);
        assertThat(carrierCalls()).isEqualTo(calls);
        assertThat(merchantRows("pickups")).isEqualTo(1);

        String id = pickup.get("id").asText();
        JsonNode cancelled = api.delete("/v1/pickups/" + id, merchant.key()).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/v1/pickups?status=CANCELLED", merchant.key()).json().get("data").findValuesAsText("id")).containsExactly(id);
        assertThat(jdbc.sql("SELECT event_type FROM outbox WHERE tenant_id = ? AND aggregate_type = 'pickup' ORDER BY id")
                .param(merchant.tenant().id()).query(String.class).list()).containsExactly("pickup.scheduled", "pickup.cancelled");
    }

    @Test
    void aPastDateAClosedDayAWindowAfterTheCutOffAreRefusedBeforeTheCarrierAndAWindowItRefusesNamesTheField() {
        String warehouse = warehouse(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        String account = tenants.sandboxAccount(merchant, "Sandbox", Map.of()).toString();
        LocalDate today = today();
        long calls = carrierCalls();

        Api.Response past = api.post("/v1/pickups", merchant.key(), pickup(warehouse, account, today.minusDays(1), "10:00", "16:00"));
        assertThat(past.status()).as(past.toString()).isEqualTo(400);
        assertThat(fields(past)).containsExactly("date");
        assertThat(past.json().get("detail").asText()).contains("past");

        LocalDate saturday = today.plusDays(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        Api.Response closed = api.post("/v1/pickups", merchant.key(), pickup(warehouse, account, saturday, "10:00", "16:00"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(400);
        assertThat(fields(closed)).containsExactly("date");
        assertThat(closed.json().get("errors").get(0).get("message").asText()).contains("not a working day");

        Api.Response late = api.post("/v1/pickups", merchant.key(), pickup(warehouse, account, nextWorkingDay(), "17:30", "19:00"));
        assertThat(fields(late)).containsExactly("ready_from");
        assertThat(carrierCalls()).isEqualTo(calls);
        assertThat(merchantRows("pickups")).isZero();

        // the sandbox courier comes between 09:00 and 18:00 and needs an hour: 06:00 to 09:30 leaves half of one
        Api.Response refused = api.post("/v1/pickups", merchant.key(), pickup(warehouse, account, nextWorkingDay(), "06:00", "09:30"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("ready_until");
        assertThat(merchantRows("pickups")).isZero();
    }

    @Test
    void aUpsPickupSendsTheWarehouseWindowAndAccountAndIsCancelledByItsPrn() {
        WireMockServer ups = CarrierMocks.server();
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json(fixture("oauth/token.json"))));
        ups.stubFor(post(urlEqualTo(UPS_PICKUP)).willReturn(json(fixture("pickup/response.json"))));
        ups.stubFor(delete(urlEqualTo(UPS_CANCEL)).willReturn(json(fixture("pickup/cancel-response.json"))));
        String account = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"), "credentials", Map.of("client_id", "c", "client_secret", "s")))
                .json().get("id").asText();
        String warehouse = warehouse(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        LocalDate date = nextWorkingDay();

        ObjectNode request = pickup(warehouse, account, date, "10:00", "16:30");
        request.put("package_count", 4);
        Api.Response booked = api.post("/v1/pickups", merchant.key(), request);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.json().get("carrier_pickup_id").asText()).isEqualTo("stringstrin");
        ups.verify(postRequestedFor(urlEqualTo(UPS_PICKUP))
                .withRequestBody(matchingJsonPath("$.PickupCreationRequest.PickupDateInfo.PickupDate",
                        equalTo(date.format(DateTimeFormatter.BASIC_ISO_DATE))))
                .withRequestBody(matchingJsonPath("$.PickupCreationRequest.PickupDateInfo.ReadyTime", equalTo("1000")))
                .withRequestBody(matchingJsonPath("$.PickupCreationRequest.PickupDateInfo.CloseTime", equalTo("1630")))
                .withRequestBody(matchingJsonPath("$.PickupCreationRequest.Shipper.Account.AccountNumber", equalTo("1A2B3C")))
                .withRequestBody(matchingJsonPath("$.PickupCreationRequest.PickupAddress.City", equalTo("Brooklyn")))
                .withRequestBody(matchingJsonPath("$.PickupCreationRequest.PickupPiece[0].Quantity", equalTo("4"))));

        Api.Response cancelled = api.delete("/v1/pickups/" + booked.json().get("id").asText(), merchant.key());
        assertThat(cancelled.json().get("status").asText()).as(cancelled.toString()).isEqualTo("CANCELLED");
        ups.verify(deleteRequestedFor(urlEqualTo(UPS_CANCEL)).withHeader("Prn", equalTo("stringstrin")));
    }

    @Test
    void aNewShipmentIsAttachedToTheDaysPickupWhenItsWarehouseAsks() {
        String warehouse = warehouse(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
        api.patch("/v1/warehouses/" + warehouse, merchant.key(), Map.of("cutoff_time", "23:59"));
        String account = tenants.sandboxAccount(merchant, "Sandbox", Map.of()).toString();
        LocalDate today = today();
        ObjectNode request = pickup(warehouse, account, today, "09:00", "18:00");
        request.put("package_count", 2);
        Api.Response booked = api.post("/v1/pickups", merchant.key(), request);
        if (booked.status() != 201) {
            // today is a holiday, or the sandbox moved a weekend date: no pickup today to attach to
            assertThat(booked.status()).as(booked.toString()).isIn(400, 422);
            return;
        }
        String shipment = buy(account, warehouse);
        JsonNode pickup = api.get("/v1/pickups/" + booked.json().get("id").asText(), merchant.key()).json();
        if (pickup.get("confirmed_date").asText().equals(today.toString())) {
            assertThat(pickup.get("shipment_ids").get(0).asText()).isEqualTo(shipment);
            assertThat(pickup.get("package_count").asInt()).isEqualTo(3);
        }
    }

    private String warehouse(List<String> days) {
        ObjectNode request = example("warehouse-request.json");
        request.set("working_days", Api.json().valueToTree(days));
        return api.post("/v1/warehouses", merchant.key(), request).json().get("id").asText();
    }

    private String buy(String account, String warehouse) {
        ObjectNode shipment = example("shipment-request.json");
        shipment.remove("carrier");
        shipment.put("carrier_account_id", account);
        shipment.put("warehouse_id", warehouse);
        Api.Response bought = api.post("/v1/shipments", merchant.key(), shipment);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        return bought.json().get("id").asText();
    }

    private static ObjectNode pickup(String warehouse, String account, LocalDate date, String from, String until) {
        ObjectNode request = Api.json().createObjectNode();
        request.put("warehouse_id", warehouse).put("carrier_account_id", account).put("date", date.toString())
                .put("ready_from", from).put("ready_until", until).put("package_count", 1);
        return request;
    }

    /** The first weekday after today that is no US public holiday, at the warehouse. */
    private LocalDate nextWorkingDay() {
        LocalDate day = today().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || calendars.of("US").holiday(day).isPresent()) {
            day = day.plusDays(1);
        }
        return day;
    }

    private LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    private static String fixture(String name) {
        return CarrierModules.text("ups", "ups/" + name);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}

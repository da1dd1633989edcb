package io.shipgate.gateway.lanes;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /v1/edd}: zone defaults on a fresh tenant, counted in the calendars (weekends, holidays, the cut-off), and
 * lane history learned from deliveries that came through the real tracking path (signed sandbox pushes).
 */
class EddIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-edd";

    @Autowired
    LaneMemory memory;
    @Autowired
    BusinessCalendars calendars;

    UUID account;

    @BeforeEach
    void aSandboxAccountThatPushesTracking() {
        account = UUID.fromString(api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "edd",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText());
    }

    private Api.Response edd(String shipTime, String cutOff, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("origin", Map.of("country", "US", "postal_code", "10005"),
                "destination", Map.of("country", "US", "postal_code", "94105"), "carrier_account_ids", List.of(account),
                "service", "sandbox_standard", "ship_time", shipTime));
        if (cutOff != null) {
            body.put("cut_off", cutOff);
        }
        body.putAll(more);
        return api.post("/v1/edd", merchant.key(), body);
    }

    private JsonNode estimate(String shipTime, String cutOff) {
        Api.Response answer = edd(shipTime, cutOff, Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode estimates = answer.json().get("estimates");
        assertThat(estimates).hasSize(1);
        return estimates.get(0);
    }

    @Test
    void withoutHistoryTheZoneDefaultIsCountedInBusinessDaysSoAWeekendOrAHolidayMovesIt() {
        // US-100 to US-941, a standard service within one country: 3 to 5 business days, p50 4.
        JsonNode wednesday = estimate("2026-11-18T10:00:00-05:00", "17:00");
        assertThat(wednesday.get("source").asText()).isEqualTo("ZONE_DEFAULT");
        assertThat(wednesday.get("lane").get("origin_region").asText()).isEqualTo("US-100");
        assertThat(wednesday.get("lane").get("destination_region").asText()).isEqualTo("US-941");
        assertThat(wednesday.get("pickup_date").asText()).isEqualTo("2026-11-18");
        assertThat(wednesday.get("business_days").get("p50").asInt()).isEqualTo(4);
        // Thursday, Friday, (weekend) Monday, Tuesday
        assertThat(wednesday.get("dates").get("p50").asText()).isEqualTo("2026-11-24");
        // A week later Thanksgiving (Thursday, November 26) is in the way too: Friday, Monday, Tuesday, Wednesday.
        JsonNode beforeThanksgiving = estimate("2026-11-25T10:00:00-05:00", "17:00");
        assertThat(beforeThanksgiving.get("business_days").get("p50").asInt()).isEqualTo(4);
        assertThat(beforeThanksgiving.get("dates").get("p50").asText()).isEqualTo("2026-12-02");
        // the 90 % window starts at p5: 3 business days
        assertThat(beforeThanksgiving.get("earliest").asText()).isEqualTo("2026-12-01");
        assertThat(beforeThanksgiving.get("confidence").asDouble()).isEqualTo(0.9);
    }

    @Test
    void aShipTimeAfterTheCutOffIsPickedUpTheNextBusinessDay() {
        JsonNode before = estimate("2026-12-01T16:59:00-05:00", "17:00");
        JsonNode after = estimate("2026-12-01T17:01:00-05:00", "17:00");
        assertThat(before.get("pickup_date").asText()).isEqualTo("2026-12-01");
        assertThat(after.get("pickup_date").asText()).isEqualTo("2026-12-02");
        assertThat(LocalDate.parse(after.get("dates").get("p50").asText()))
                .isEqualTo(LocalDate.parse(before.get("dates").get("p50").asText()).plusDays(1));
        // The cut-off is in the ship time's offset: 23:01 in Berlin is 17:01 in New York, but after 17:00 in Berlin.
        assertThat(estimate("2026-12-01T16:30:00+01:00", "17:00").get("pickup_date").asText()).isEqualTo("2026-12-01");
        assertThat(estimate("2026-12-01T17:30:00+01:00", "17:00").get("pickup_date").asText()).isEqualTo("2026-12-02");
    }

    @Test
    void laneStatisticsMoveWhenDeliveriesAreIngested() {
        JsonNode before = estimate("2026-12-01T10:00:00-05:00", null);
        assertThat(before.get("source").asText()).isEqualTo("ZONE_DEFAULT");
        assertThat(before.get("business_days").get("p50").asInt()).isEqualTo(4);

        // 20 shipments bought today, each delivered the business day after its pickup, reported by the carrier's push a week later.
        List<JsonNode> bought = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JsonNode shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json();
            assertThat(shipment.get("service").asText()).isEqualTo("sandbox_standard");
            bought.add(shipment);
        }
        clock.advance(Duration.ofDays(7));
        for (JsonNode shipment : bought) {
            LocalDate shipDate = LocalDate.parse(shipment.get("ship_date").asText());
            // one business day after the pickup day (the ship date, or the next business day when it is not one)
            LocalDate deliveredOn = calendars.of("US").plusBusinessDays(shipDate, 1);
            String at = deliveredOn.atTime(LocalTime.of(14, 0)).atOffset(ZoneOffset.ofHours(-5)).toString();
            push(shipment.get("awb").asText(), at);
            // the same delivery reported again is not counted twice
            push(shipment.get("awb").asText(), at);
        }
        processPushes();
        assertThat(api.get("/v1/shipments/" + bought.get(0).get("id").asText(), merchant.key()).json().get("status").asText())
                .isEqualTo("DELIVERED");
        assertThat(jdbc.sql("SELECT delivered FROM lane_stats WHERE tenant_id = ?").param(merchant.tenant().id()).query(Double.class).single())
                .isBetween(15.0, 20.0);
        memory.refresh();

        JsonNode after = estimate("2026-12-01T10:00:00-05:00", null);
        assertThat(after.get("source").asText()).isEqualTo("LANE_HISTORY");
        // decayed with the transit half-life (7 days): delivered about 6 days ago, each weighs a little over half
        assertThat(after.get("lane").get("shipments").asDouble()).isBetween(9.0, 20.0);
        assertThat(after.get("business_days").get("p50").asInt()).isEqualTo(1);
        assertThat(after.get("dates").get("p50").asText()).isEqualTo("2026-12-02");
        // Without a service: every service of the account (the sandbox's live check names them); those without history of
        // their own follow the carrier's average on lanes of this kind.
        JsonNode all = edd("2026-12-01T10:00:00-05:00", null, Map.of("service", "")).json().get("estimates");
        assertThat(all.findValuesAsText("service")).contains("sandbox_standard", "sandbox_express");
        for (JsonNode e : all) {
            assertThat(e.get("source").asText()).isEqualTo(e.get("service").asText().equals("sandbox_standard") ? "LANE_HISTORY" : "CARRIER_AVERAGE");
        }
    }

    private void push(String awb, String at) {
        String body = """
                {"awb": "%s", "status": "DLV", "events": [{"code": "DLV", "reason_code": null, "description": "Delivered",
                 "location": {"city": "San Francisco", "state": "CA", "country": "US"}, "timestamp": "%s"}]}""".formatted(awb, at);
        String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        Api.Response answer = api.send("POST", "/v1/webhooks/carriers/sandbox/" + account, null, body,
                SandboxWebhookMapper.SIGNATURE_HEADER, signature);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
    }

    @Test
    void onRequestTheCarriersCommitmentAnswersWhereTheLaneHasNoHistory() {
        // the sandbox refuses a ship date in the past: tomorrow on the test clock
        String tomorrow = clock.instant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.ofHours(-5)).withNano(0).toString();
        estimate(tomorrow, null); // the sandbox's live serviceability check, cached from now on
        long calls = carrierCalls();
        JsonNode memoryOnly = estimate(tomorrow, null);
        assertThat(memoryOnly.has("carrier_commitment")).isFalse();
        long afterMemoryOnly = carrierCalls();
        JsonNode committed = edd(tomorrow, null, Map.of("include_carrier_commitment", true)).json()
                .get("estimates").get(0);
        assertThat(carrierCalls()).as("the sandbox's EDD was asked").isGreaterThan(afterMemoryOnly);
        assertThat(committed.get("source").asText()).isEqualTo("CARRIER_COMMITMENT");
        LocalDate promised = LocalDate.parse(committed.get("carrier_commitment").get("estimated_delivery").asText());
        // the commitment's first day is the p50 date (its window holds 90 %)
        assertThat(LocalDate.parse(committed.get("earliest").asText())).isBeforeOrEqualTo(promised);
        assertThat(LocalDate.parse(committed.get("dates").get("p90").asText())).isAfterOrEqualTo(promised);
        assertThat(afterMemoryOnly).as("no carrier call without include_carrier_commitment").isEqualTo(calls);
    }

    @Test
    void aBadRequestIsAProblemNamingTheField() {
        assertThat(fields(edd("2026-12-01T10:00:00-05:00", null, Map.of("confidence", 0.995)))).containsExactly("confidence");
        assertThat(fields(edd("2026-12-01T10:00:00-05:00", "5pm", Map.of()))).containsExactly("cut_off");
        assertThat(fields(edd("2026-12-01 10:00", null, Map.of()))).containsExactly("ship_time");
        assertThat(fields(edd("2026-12-01T10:00:00-05:00", null, Map.of("origin", Map.of("country", "XX", "postal_code", "10005")))))
                .containsExactly("origin.country");
        Api.Response postal = edd("2026-12-01T10:00:00-05:00", null, Map.of("destination", Map.of("country", "US", "postal_code", "94105!")));
        assertThat(postal.status()).isEqualTo(400);
        assertThat(fields(postal)).containsExactly("destination.postal_code");
    }
}

package io.shipgate.gateway.ndr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import io.shipgate.routes.Endpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NDR through the REST API on PostgreSQL: failed attempts pushed by the carrier raise and update cases, actions go to
 * the carrier's ndrAction (Delhivery in WireMock, the sandbox's simulator), policies act once per attempt, tracking and
 * the deadline close cases.
 */
class NdrIntegrationTests extends ApiIntegrationTest {

    private static final String SECRET = "whsec-ndr-test";
    private static final String DELHIVERY_AWB = "36391910012345";
    private static final String DELHIVERY_TOKEN = "whk_0e4b7d2a9c1f6358";
    private static final DateTimeFormatter INDIA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final WireMockServer delhivery = CarrierMocks.server();

    @AfterEach
    void resetDelhivery() {
        delhivery.resetAll();
    }

    @Test
    void aDelhiveryFailedAttemptIsReAttemptedOnceAndDeliveryClosesTheCase() {
        String account = delhiveryAccount();
        String shipment = api.post("/v1/shipments", merchant.key(), delhiveryOrder(account)).json().get("id").asText();

        pushDelhivery(account, "UD", "Pending", "EOD-6", "Consignee refused to pay COD amount", clock.instant().minus(Duration.ofMinutes(5)));

        JsonNode list = api.get("/v1/ndr?status=open", merchant.key()).json();
        assertThat(list.get("data")).hasSize(1);
        JsonNode summary = list.get("data").get(0);
        assertThat(summary.get("shipment_id").asText()).isEqualTo(shipment);
        assertThat(summary.get("reason").asText()).isEqualTo("COD_NOT_READY");
        assertThat(summary.get("payment_mode").asText()).isEqualTo("COD");
        assertThat(summary.get("attempts").asInt()).isEqualTo(1);
        String ndr = summary.get("id").asText();
        assertThat(events(shipment, "ndr.raised")).isEqualTo(1);

        // an action the carrier lacks is a 422 naming it, before anything is sent
        Api.Response unsupported = api.post("/v1/ndr/" + ndr + "/actions", merchant.key(), Map.of("action", "return_to_origin"));
        assertThat(unsupported.status()).as(unsupported.toString()).isEqualTo(422);
        assertThat(unsupported.json().get("type").asText()).endsWith("/capability-not-supported");
        assertThat(unsupported.json().get("ndr_action").asText()).isEqualTo("return_to_origin");
        assertThat(unsupported.json().get("carrier").asText()).isEqualTo("delhivery");

        delhivery.stubFor(post(urlEqualTo("/api/p/update")).willReturn(okJson(CarrierModules.text("delhivery", "delhivery/ndr/update-accepted.json"))));
        Map<String, Object> reAttempt = Map.of("action", "re_attempt", "remarks", "Customer has the cash ready");
        Api.Response taken = api.post("/v1/ndr/" + ndr + "/actions", merchant.key(), reAttempt, "Idempotency-Key", "ndr-" + ndr);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(taken.json().get("action").asText()).isEqualTo("re_attempt");
        assertThat(taken.json().get("status").asText()).isEqualTo("pending");
        assertThat(taken.json().get("carrier_request_id").asText()).isEqualTo("UPL8432170936547286301");
        assertThat(taken.json().get("actor").asText()).startsWith("api_key:");
        delhivery.verify(1, postRequestedFor(urlEqualTo("/api/p/update"))
                .withRequestBody(equalToJson("{\"data\": [{\"waybill\": \"" + DELHIVERY_AWB + "\", \"act\": \"RE-ATTEMPT\"}]}")));

        // the same key and request: the same answer, and the carrier is not called again
        Api.Response replayed = api.post("/v1/ndr/" + ndr + "/actions", merchant.key(), reAttempt, "Idempotency-Key", "ndr-" + ndr);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json()).isEqualTo(taken.json());
        delhivery.verify(1, postRequestedFor(urlEqualTo("/api/p/update")));

        // another action for the same attempt is refused
        Api.Response twice = api.post("/v1/ndr/" + ndr + "/actions", merchant.key(), Map.of("action", "re_attempt"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().get("type").asText()).endsWith("/ndr-action-already-taken");
        delhivery.verify(1, postRequestedFor(urlEqualTo("/api/p/update")));

        JsonNode actioned = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(actioned.get("status").asText()).isEqualTo("actioned");
        assertThat(actioned.get("attempt_history")).hasSize(1);
        assertThat(actioned.get("attempt_history").get(0).get("carrier_code").asText()).isEqualTo("EOD-6");
        assertThat(actioned.get("actions")).hasSize(1);
        assertThat(events(shipment, "ndr.actioned")).isEqualTo(1);

        pushDelhivery(account, "DL", "Delivered", "EOD-38", "Delivered to consignee", clock.instant().minus(Duration.ofMinutes(1)));

        JsonNode closed = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(closed.get("outcome").asText()).isEqualTo("delivered");
        assertThat(events(shipment, "ndr.closed")).isEqualTo(1);

        Api.Response onClosed = api.post("/v1/ndr/" + ndr + "/actions", merchant.key(), Map.of("action", "change_phone", "new_phone", "+91 98450 12345"));
        assertThat(onClosed.status()).as(onClosed.toString()).isEqualTo(409);
        assertThat(onClosed.json().get("type").asText()).endsWith("/ndr-case-closed");
        assertThat(onClosed.json().get("outcome").asText()).isEqualTo("delivered");

        // another tenant sees none of it
        String stranger = tenants.create().key();
        assertThat(api.get("/v1/ndr/" + ndr, stranger).status()).isEqualTo(404);
        assertThat(api.get("/v1/ndr", stranger).json().get("data")).isEmpty();
    }

    @Test
    void anOpenCaseExpiresAtItsDeadlineAndTheMerchantIsAskedToActMeanwhile() {
        Sandbox sandbox = sandboxShipment();
        sandbox.push("UND", sandbox.event("UND", "ADI", clock.instant().minusSeconds(60)));
        String ndr = onlyCase();
        JsonNode open = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(open.get("reason").asText()).isEqualTo("ADDRESS_ISSUE");
        assertThat(open.get("payment_mode").asText()).isEqualTo("PREPAID");

        runNdrJob(); // no policy acts on it: the merchant is asked
        assertThat(events(sandbox.shipmentId, "shipment.ndr_action_required")).isEqualTo(1);
        assertThat(api.get("/v1/ndr/" + ndr, merchant.key()).json().get("status").asText()).isEqualTo("open");

        Instant deadline = Instant.parse(open.get("action_deadline").asText());
        clock.advance(Duration.between(clock.instant(), deadline).plusMinutes(1));
        runNdrJob();

        JsonNode expired = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(expired.get("status").asText()).isEqualTo("closed");
        assertThat(expired.get("outcome").asText()).isEqualTo("expired");
        assertThat(events(sandbox.shipmentId, "ndr.closed")).isEqualTo(1);
        assertThat(events(sandbox.shipmentId, "shipment.ndr_action_required")).isEqualTo(1);
        assertThat(api.get("/v1/ndr?status=closed", merchant.key()).json().get("data").get(0).get("outcome").asText()).isEqualTo("expired");
    }

    @Test
    void aPolicyActsOnceAndOnlyOncePerAttempt() {
        Api.Response policy = api.post("/v1/ndr-policies", merchant.key(), Map.of("name", "Re-attempt prepaid once", "priority", 10,
                "conditions", Map.of("reasons", List.of("CONSIGNEE_UNAVAILABLE"), "payment_mode", "PREPAID", "max_attempts", 1),
                "action", "re_attempt"));
        assertThat(policy.status()).as(policy.toString()).isEqualTo(201);
        String policyId = policy.json().get("id").asText();
        api.post("/v1/ndr-policies", merchant.key(), Map.of("name", "COD returns", "priority", 20,
                "conditions", Map.of("payment_mode", "COD"), "action", "return_to_origin"));

        Sandbox sandbox = sandboxShipment();
        Instant first = clock.instant().minusSeconds(3600);
        sandbox.push("UND", sandbox.event("UND", "CNA", first));
        String ndr = onlyCase();

        runNdrJob();
        runNdrJob();
        sandbox.push("UND", sandbox.event("UND", "CNA", first)); // the same scan again: no new attempt
        runNdrJob();

        JsonNode actioned = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(actioned.get("status").asText()).isEqualTo("actioned");
        assertThat(actioned.get("attempts").asInt()).isEqualTo(1);
        assertThat(actioned.get("policy_id").asText()).isEqualTo(policyId);
        assertThat(actioned.get("actions")).hasSize(1);
        JsonNode action = actioned.get("actions").get(0);
        assertThat(action.get("source").asText()).isEqualTo("policy");
        assertThat(action.get("actor").asText()).isEqualTo("policy:" + policyId);
        assertThat(action.get("action").asText()).isEqualTo("re_attempt");
        assertThat(action.get("status").asText()).isEqualTo("accepted");
        assertThat(action.get("carrier_request_id").asText()).startsWith("NDR");
        assertThat(events(sandbox.shipmentId, "ndr.actioned")).isEqualTo(1);
        assertThat(events(sandbox.shipmentId, "shipment.ndr_action_required")).isZero();

        // the second attempt fails too: the policy (at most 1 attempt) no longer matches, the merchant is asked
        sandbox.push("UND", sandbox.event("OFD", null, first.plusSeconds(1800)), sandbox.event("UND", "CNA", first.plusSeconds(2400)));
        JsonNode again = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(again.get("status").asText()).isEqualTo("open");
        assertThat(again.get("attempts").asInt()).isEqualTo(2);
        assertThat(again.get("out_for_delivery_count").asInt()).isEqualTo(2);
        assertThat(events(sandbox.shipmentId, "ndr.updated")).isEqualTo(1);
        runNdrJob();
        runNdrJob();
        assertThat(api.get("/v1/ndr/" + ndr, merchant.key()).json().get("actions")).hasSize(1);
        assertThat(events(sandbox.shipmentId, "shipment.ndr_action_required")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM ndr_actions WHERE case_id = ?").param(UUID.fromString(ndr)).query(Long.class).single())
                .isEqualTo(1);

        // the merchant acts on the second attempt through the sandbox; an RTO scan then closes the case
        Api.Response reschedule = api.post("/v1/ndr/" + ndr + "/actions", merchant.key(), Map.of("action", "reschedule",
                "deferred_date", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(30).toString()));
        assertThat(reschedule.status()).as(reschedule.toString()).isEqualTo(400);
        assertThat(fields(reschedule)).containsExactly("deferred_date");
        Api.Response rto = api.post("/v1/ndr/" + ndr + "/actions", merchant.key(), Map.of("action", "return_to_origin"));
        assertThat(rto.status()).as(rto.toString()).isEqualTo(201);
        assertThat(rto.json().get("status").asText()).isEqualTo("accepted");
        sandbox.push("RTI", sandbox.event("RTI", null, first.plusSeconds(3000)));
        JsonNode closed = api.get("/v1/ndr/" + ndr, merchant.key()).json();
        assertThat(closed.get("outcome").asText()).isEqualTo("returned_to_origin");
    }

    @Test
    void policiesAreValidatedAndManaged() {
        Api.Response badReason = api.post("/v1/ndr-policies", merchant.key(), Map.of("name", "x",
                "conditions", Map.of("reasons", List.of("CONSIGNEE_UNAVAILABLE", "ON_VACATION")), "action", "re_attempt"));
        assertThat(badReason.status()).as(badReason.toString()).isEqualTo(400);
        assertThat(fields(badReason)).containsExactly("conditions.reasons[1]");
        Api.Response badAction = api.post("/v1/ndr-policies", merchant.key(), Map.of("name", "x", "action", "call_the_customer"));
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(fields(badAction)).containsExactly("action");

        String low = api.post("/v1/ndr-policies", merchant.key(), Map.of("name", "late", "priority", 50, "action", "escalate"))
                .json().get("id").asText();
        String high = api.post("/v1/ndr-policies", merchant.key(), Map.of("name", "early", "priority", 5,
                "conditions", Map.of("payment_mode", "cod", "min_order_value", "500"), "action", "return_to_origin")).json().get("id").asText();
        JsonNode list = api.get("/v1/ndr-policies", merchant.key()).json().get("data");
        assertThat(list.findValuesAsText("id")).containsExactly(high, low);
        assertThat(list.get(0).get("conditions").get("payment_mode").asText()).isEqualTo("COD");

        Api.Response patched = api.patch("/v1/ndr-policies/" + low, merchant.key(), Map.of("priority", 1, "enabled", false));
        assertThat(patched.json().get("priority").asInt()).isEqualTo(1);
        assertThat(patched.json().get("enabled").asBoolean()).isFalse();
        Api.Response replaced = api.send("PUT", "/v1/ndr-policies/" + high, merchant.key(), Map.of("name", "early", "action", "re_attempt"));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("action").asText()).isEqualTo("re_attempt");
        assertThat(api.get("/v1/ndr-policies", merchant.key()).json().get("data").findValuesAsText("id")).containsExactly(low, high);

        assertThat(api.get("/v1/ndr-policies/" + low, tenants.create().key()).status()).isEqualTo(404);
        assertThat(api.delete("/v1/ndr-policies/" + low, merchant.key()).status()).isEqualTo(200);
        assertThat(api.get("/v1/ndr-policies/" + low, merchant.key()).status()).isEqualTo(404);
    }

    // --- helpers

    private void runNdrJob() {
        routes.sendBody(Endpoints.PROCESS_NDR_CASES, null);
    }

    private String onlyCase() {
        JsonNode data = api.get("/v1/ndr", merchant.key()).json().get("data");
        assertThat(data).hasSize(1);
        return data.get(0).get("id").asText();
    }

    private long events(String shipmentId, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = ?")
                .params(UUID.fromString(shipmentId), type).query(Long.class).single();
    }

    private record Sandbox(NdrIntegrationTests test, String accountId, String shipmentId, String awb) {

        String event(String code, String reason, Instant at) {
            return """
                    {"code": "%s", "reason_code": %s, "description": "%s", "location": {"city": "San Francisco", "state": "CA", "country": "US"},
                     "timestamp": "%s"}""".formatted(code, reason == null ? "null" : "\"" + reason + "\"", code,
                    at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(-8)));
        }

        void push(String status, String... events) {
            String body = """
                    {"awb": "%s", "status": "%s", "events": [%s]}""".formatted(awb, status, String.join(",", events));
            String signature = "sha256=" + HexFormat.of().formatHex(SandboxWebhookMapper.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
            Api.Response answer = test.api.send("POST", "/v1/webhooks/carriers/sandbox/" + accountId, null, body,
                    SandboxWebhookMapper.SIGNATURE_HEADER, signature);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
            test.processPushes();
        }
    }

    private Sandbox sandboxShipment() {
        String account = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "ndr",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText();
        ObjectNode order = example("shipment-request.json");
        order.put("carrier_account_id", account);
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), order).json();
        return new Sandbox(this, account, shipment.get("id").asText(), shipment.get("awb").asText());
    }

    private String delhiveryAccount() {
        delhivery.stubFor(get(urlPathEqualTo("/c/api/pin-codes/json/"))
                .willReturn(okJson(CarrierModules.text("delhivery", "delhivery/pincode/serviceable-560001.json"))));
        delhivery.stubFor(post(urlEqualTo("/api/cmu/create.json"))
                .willReturn(okJson(CarrierModules.text("delhivery", "delhivery/manifest/success-cod.json"))));
        delhivery.stubFor(get(urlPathEqualTo("/api/p/packing_slip"))
                .willReturn(okJson(CarrierModules.text("delhivery", "delhivery/label/packing-slip.json"))));
        delhivery.stubFor(get(urlPathEqualTo("/label-store/packing_slip/" + DELHIVERY_AWB + ".pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withBody(CarrierModules.bytes("delhivery", "delhivery/label/packing-slip-" + DELHIVERY_AWB + ".pdf"))));
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1", "webhook_token", DELHIVERY_TOKEN)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static ObjectNode delhiveryOrder(String account) {
        try {
            ObjectNode order = (ObjectNode) Api.json().readTree(CarrierModules.text("delhivery", "delhivery/lifecycle/shipment-request.json"));
            order.remove("carrier");
            order.put("carrier_account_id", account);
            return order;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delhivery's scan push (its webhook's shape), at {@code at} in India's time. */
    private void pushDelhivery(String account, String type, String status, String code, String instructions, Instant at) {
        String body = """
                {"Shipment": {"Status": {"Status": "%s", "StatusDateTime": "%s", "StatusType": "%s",
                  "StatusLocation": "Bengaluru_MGRoad_D (Karnataka)", "Instructions": "%s"},
                 "PickUpDate": "%s", "NSLCode": "%s", "Sortcode": "BLR/MGR", "ReferenceNo": "ORDER-1004", "AWB": "%s"}}"""
                .formatted(status, INDIA_TIME.format(at.atOffset(ZoneOffset.ofHoursMinutes(5, 30))), type, instructions,
                        INDIA_TIME.format(at.minus(Duration.ofDays(2)).atOffset(ZoneOffset.ofHoursMinutes(5, 30))), code, DELHIVERY_AWB);
        Api.Response answer = api.send("POST", "/v1/webhooks/carriers/delhivery/" + account, null, body, "Authorization", "Token " + DELHIVERY_TOKEN);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        processPushes();
    }
}

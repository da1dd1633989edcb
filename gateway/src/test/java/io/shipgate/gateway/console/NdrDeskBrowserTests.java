package io.shipgate.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.carrier.sandbox.webhook.SandboxWebhookMapper;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * The NDR desk in a real browser, on cases raised by the carriers' failed-delivery pushes (Delhivery in WireMock, the
 * sandbox): the open cases with reason, attempts and deadline, filtered by reason and carrier; an action the carrier
 * lacks refused with the NDR module's message; a re-attempt sent to Delhivery once and recorded as the console user's;
 * a reschedule within the window accepted by the sandbox.
 */
class NdrDeskBrowserTests extends ApiIntegrationTest {

    static final String PASSWORD = "correct horse battery";
    private static final String SECRET = "whsec-ndr-desk";
    private static final String DELHIVERY_AWB = "36391910012345";
    private static final String DELHIVERY_TOKEN = "whk_0e4b7d2a9c1f6358";
    private static final DateTimeFormatter INDIA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final WireMockServer delhivery = CarrierMocks.server();

    @Autowired
    ConsoleUserService users;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        delhivery.resetAll();
    }

    @Test
    void anActionTakenFromTheDeskReachesTheCarrierOnceAsTheConsoleUsers() {
        String account = delhiveryAccount();
        api.post("/v1/shipments", merchant.key(), delhiveryOrder(account));
        pushDelhivery(account, "UD", "Pending", "EOD-6", "Consignee refused to pay COD amount", clock.instant().minus(Duration.ofMinutes(5)));
        Sandbox sandbox = sandboxShipment();
        sandbox.push("UND", sandbox.event("UND", "CNA", "Recipient not at home, no safe place", clock.instant().minusSeconds(60)));
        String delhiveryCase = caseOf("delhivery");
        String sandboxCase = caseOf("sandbox");

        String email = "ops." + UUID.randomUUID().toString().substring(0, 8) + "@kirana.example";
        users.create(merchant.tenant().id(), email, "Arjun Nair", ConsoleRole.WAREHOUSE, PASSWORD);
        jdbc.sql("UPDATE tenants SET name = 'Kirana Goods' WHERE id = ?").param(merchant.tenant().id()).update(); // for the screenshots
        browser.signIn(email, PASSWORD);
        browser.get("/console/ndr");
        assertThat(browser.findAll("article.case")).hasSize(2);
        String delhiveryRow = browser.find("#case-" + delhiveryCase).getText();
        assertThat(delhiveryRow).contains(DELHIVERY_AWB, "delhivery", "COD not ready", "1 failed attempt", "Act by", "Consignee refused to pay COD amount");
        assertThat(browser.find("#case-" + sandboxCase).getText()).contains(sandbox.awb, "Consignee unavailable");
        browser.width(1280, 1000).screenshot("console-ndr-desk");
        browser.width(820, 1180).screenshot("console-ndr-desk-tablet");
        browser.width(1280, 1000);

        // filters: by reason, by carrier
        browser.get("/console/ndr?reason=REFUSED");
        assertThat(browser.findAll("article.case")).isEmpty();
        assertThat(browser.find("#no-cases").isDisplayed()).isTrue();
        browser.get("/console/ndr?carrier=delhivery");
        assertThat(browser.findAll("article.case")).extracting(e -> e.getAttribute("id")).containsExactly("case-" + delhiveryCase);

        // an action Delhivery lacks: refused with the NDR module's message, nothing sent
        browser.submit("#case-" + delhiveryCase + " form.rto button");
        assertThat(browser.path()).isEqualTo("/console/ndr?carrier=delhivery");
        assertThat(browser.find("#result").getAttribute("class")).contains("error");
        assertThat(browser.find("#result").getText()).startsWith("Return to origin for AWB " + DELHIVERY_AWB + " was not taken:")
                .contains("delhivery");
        delhivery.verify(0, postRequestedFor(urlEqualTo("/api/p/update")));

        // a re-attempt: Delhivery receives it once, the desk shows its answer, the action is the console user's
        delhivery.stubFor(post(urlEqualTo("/api/p/update")).willReturn(okJson(CarrierModules.text("delhivery", "delhivery/ndr/update-accepted.json"))));
        Map<String, String> reAttempt = new LinkedHashMap<>();
        browser.findAll("#case-" + delhiveryCase + " form.one-click:not(.rto) input[type=hidden]")
                .forEach(i -> reAttempt.put(i.getAttribute("name"), i.getAttribute("value")));
        browser.submit("#case-" + delhiveryCase + " form.one-click:not(.rto) button");
        assertThat(browser.find("#result").getText()).isEqualTo("AWB " + DELHIVERY_AWB + ": Re-attempt sent; delhivery is working on it: "
                + "“Delhivery queued the NDR action; its outcome is checked by request id UPL8432170936547286301” — by console:" + email + ".");
        delhivery.verify(1, postRequestedFor(urlEqualTo("/api/p/update"))
                .withRequestBody(equalToJson("{\"data\": [{\"waybill\": \"" + DELHIVERY_AWB + "\", \"act\": \"RE-ATTEMPT\"}]}")));
        JsonNode action = api.get("/v1/ndr/" + delhiveryCase, merchant.key()).json().get("actions").get(0);
        assertThat(action.get("actor").asText()).isEqualTo("console:" + email);
        assertThat(action.get("source").asText()).isEqualTo("api");
        assertThat(browser.findAll("#case-" + delhiveryCase)).as("no longer waiting for an action").isEmpty();

        // the same form posted again (a double click): the first answer, the carrier not called again
        HttpResponse<String> again = postForm("/console/ndr/" + delhiveryCase + "/actions", reAttempt);
        assertThat(again.statusCode()).isEqualTo(302);
        browser.driver().get(URI.create("http://127.0.0.1:" + port).resolve(again.headers().firstValue("Location").orElseThrow()).toString());
        assertThat(browser.find("#result").getText()).startsWith("AWB " + DELHIVERY_AWB + ": Re-attempt sent; delhivery is working on it");
        delhivery.verify(1, postRequestedFor(urlEqualTo("/api/p/update")));
        assertThat(api.get("/v1/ndr/" + delhiveryCase, merchant.key()).json().get("actions")).hasSize(1);
        // a case of no one's (or another tenant's): not found, nothing sent
        assertThat(postForm("/console/ndr/" + UUID.randomUUID() + "/actions", reAttempt).statusCode()).isEqualTo(404);
        delhivery.verify(1, postRequestedFor(urlEqualTo("/api/p/update")));

        // the sandbox case rescheduled to the window's first day (the date input's default)
        browser.get("/console/ndr");
        String firstDay = browser.find("#date-" + sandboxCase).getAttribute("min");
        assertThat(browser.find("#date-" + sandboxCase).getAttribute("value")).isEqualTo(firstDay);
        browser.submit("#case-" + sandboxCase + " form.inline button");
        assertThat(browser.find("#result").getText()).startsWith("AWB " + sandbox.awb + ": Reschedule");
        JsonNode rescheduled = api.get("/v1/ndr/" + sandboxCase, merchant.key()).json().get("actions").get(0);
        assertThat(rescheduled.get("deferred_date").asText()).isEqualTo(firstDay);
        assertThat(rescheduled.get("actor").asText()).isEqualTo("console:" + email);

        browser.get("/console/ndr?status=actioned");
        assertThat(browser.find("#case-" + delhiveryCase + " .last-action").getText())
                .contains("Re-attempt sent; delhivery is working on it", "console:" + email);
        browser.screenshot("console-ndr-desk-actioned");
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", browser.cookieHeader())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String caseOf(String carrier) {
        JsonNode data = api.get("/v1/ndr?carrier=" + carrier, merchant.key()).json().get("data");
        assertThat(data).hasSize(1);
        return data.get(0).get("id").asText();
    }

    // --- how the NDR integration tests raise cases: the carriers' failed-delivery pushes

    private record Sandbox(NdrDeskBrowserTests test, String accountId, String shipmentId, String awb) {

        String event(String code, String reason, String description, Instant at) {
            return """
                    {"code": "%s", "reason_code": %s, "description": "%s", "location": {"city": "San Francisco", "state": "CA", "country": "US"},
                     "timestamp": "%s"}""".formatted(code, reason == null ? "null" : "\"" + reason + "\"", description,
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
        String account = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "sandbox", "name", "Sandbox Express",
                "credentials", Map.of("api_key", "k", "webhook_secret", SECRET))).json().get("id").asText();
        ObjectNode order = example("shipment-request.json");
        order.remove("carrier");
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

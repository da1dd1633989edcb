package io.shipgate.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating a shipment from the console in a real browser, on the sandbox carrier: bad input is shown next to its fields
 * and buys nothing; the rates page shows the carriers' quotes side by side with the recommendation's choice and its
 * reasons; Buy goes through POST /v1/shipments' purchase path, and the form's Idempotency-Key makes a repeated Buy the
 * same purchase.
 */
class NewShipmentBrowserTests extends ApiIntegrationTest {

    static final String PASSWORD = "correct horse battery";
    static final String LANES = "country,postal_code,prepaid,cod,cod_limit,pickup,embargo\nIN,122001,Y,Y,,Y,N\nIN,560001,Y,Y,,Y,N\n";

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
    }

    @Test
    void aShipmentIsBoughtFromTheRatesPageOnTheRecommendedRateAndOnlyOnce() throws Exception {
        UUID sandbox = tenants.sandboxAccount(merchant, "Sandbox Surface", Map.of());
        put("/v1/carrier-accounts/" + sandbox + "/serviceability", LANES);
        put("/v1/carrier-accounts/" + sandbox + "/rate-cards/sandbox_standard", card(40));
        put("/v1/carrier-accounts/" + sandbox + "/rate-cards/sandbox_express", card(95));
        String warehouse = warehouse();
        String email = "ops." + UUID.randomUUID().toString().substring(0, 8) + "@kirana.example";
        users.create(merchant.tenant().id(), email, "Meera Iyer", ConsoleRole.WAREHOUSE, PASSWORD);
        jdbc.sql("UPDATE tenants SET name = 'Kirana Goods' WHERE id = ?").param(merchant.tenant().id()).update(); // for the screenshots

        browser.signIn(email, PASSWORD);
        browser.get("/console/shipments/new");
        assertThat(browser.find("#warehouse_id").getAttribute("value")).isEqualTo(warehouse);
        assertThat(browser.find("#shipper-address").isDisplayed()).as("the warehouse is the origin: no address to type").isFalse();

        // bad input: the errors next to their fields, nothing bought
        browser.type("#recipient-name", "Ravi Kumar").type("#parcels0-weight-value", "heavy");
        browser.submit("#new-shipment button.primary");
        assertThat(browser.path()).isEqualTo("/console/shipments/new/rates");
        assertThat(browser.find("#form-errors").getText()).contains("Nothing was bought");
        assertThat(browser.find("#recipient-street1-error").getText()).isEqualTo("is required");
        assertThat(browser.find("#recipient-city-error").getText()).isEqualTo("is required");
        assertThat(browser.find("#parcels0-weight-value-error").getText()).isEqualTo("must be a number, e.g. 1.5");
        assertThat(browser.find("#recipient-name").getAttribute("value")).as("what was typed stays").isEqualTo("Ravi Kumar");
        assertThat(browser.find("#recipient-street1").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("console-new-shipment-errors");
        assertThat(api.get("/v1/shipments", merchant.key()).json().get("data")).isEmpty();

        browser.type("#recipient-street1", "14 MG Road").type("#recipient-city", "Bengaluru").type("#recipient-postal_code", "560001")
                .type("#recipient-country", "IN").type("#recipient-phone", "+91 98450 12345")
                .type("#parcels0-weight-value", "1.2").type("#parcels0-dimensions-length", "30").type("#parcels0-dimensions-width", "20")
                .type("#parcels0-dimensions-height", "10").type("#parcels0-description", "Cotton kurta").type("#reference", "DESK-1001");
        // across a border without the contents declared: the customs error under the customs inputs
        browser.type("#recipient-country", "US").submit("#new-shipment button.primary");
        assertThat(browser.find("#customs-content_description-error").getText()).startsWith("is required for a cross-border shipment (IN to US)");
        browser.type("#recipient-country", "IN").submit("#new-shipment button.primary");

        // the rates side by side, the recommended one marked, with its reasons
        List<WebElement> rows = browser.findAll("table.rates tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findAll("table.rates tr.recommended")).hasSize(1);
        WebElement recommended = browser.find("table.rates tr.recommended");
        assertThat(recommended.getText()).contains("Recommended", "Sandbox Surface", "sandbox_standard");
        assertThat(browser.find(".recommendation").getText()).contains("Recommended: Sandbox Surface", "rules version 0");
        assertThat(browser.findAll(".recommendation table.reasons tbody tr")).extracting(WebElement::getText)
                .anySatisfy(r -> assertThat(r).startsWith("Cost").contains("INR 40"));
        assertThat(browser.text()).contains("#2 · score");
        browser.width(820, 1180).screenshot("console-new-shipment-rates-tablet");
        browser.width(1280, 1000).screenshot("console-new-shipment-rates");

        // Buy, with the page's form captured first to post it again as a second click would
        Map<String, String> form = new LinkedHashMap<>();
        browser.findAll("form#buy input[type=hidden]").forEach(i -> form.put(i.getAttribute("name"), i.getAttribute("value")));
        String choice = recommended.findElement(org.openqa.selenium.By.cssSelector("button[name=choice]")).getAttribute("value");
        browser.submit("table.rates tr.recommended button[name=choice]");
        assertThat(browser.path()).startsWith("/console/shipments/");
        String shipmentId = browser.path().substring("/console/shipments/".length());

        JsonNode shipment = api.get("/v1/shipments/" + shipmentId, merchant.key()).json();
        assertThat(shipment.get("carrier_account_id").asText()).isEqualTo(sandbox.toString());
        assertThat(shipment.get("service").asText()).isEqualTo("sandbox_standard");
        assertThat(shipment.get("reference").asText()).isEqualTo("DESK-1001");
        assertThat(shipment.get("warehouse_id").asText()).isEqualTo(warehouse);
        assertThat(shipment.get("awb").asText()).isNotBlank();

        // the same form posted again (a double click): the same shipment, no second label
        form.put("choice", choice);
        HttpResponse<String> again = postForm("/console/shipments/new", form);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/console/shipments/" + shipmentId);
        assertThat(api.get("/v1/shipments?reference=DESK-1001", merchant.key()).json().get("data")).hasSize(1);

        // another rate with the same form: refused, nothing bought
        form.put("choice", sandbox + "/sandbox_express");
        HttpResponse<String> other = postForm("/console/shipments/new", form);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("This form already bought a shipment with another rate");
        assertThat(api.get("/v1/shipments?reference=DESK-1001", merchant.key()).json().get("data")).hasSize(1);
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", browser.cookieHeader())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private void put(String path, String csv) {
        Api.Response r = api.put(path, merchant.key(), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private String warehouse() {
        Api.Response created = api.post("/v1/warehouses", merchant.key(), Map.of("name", "Gurugram DC",
                "address", Map.of("company", "Kirana Goods", "street1", "Plot 42, Udyog Vihar Phase 4", "city", "Gurugram", "state", "HR",
                        "postal_code", "122001", "country", "IN"),
                "contact", Map.of("name", "Dock Manager", "phone", "+91 124 455 0100"),
                "time_zone", "Asia/Kolkata", "cutoff_time", "17:00",
                "working_days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** An IN rate card: one zone for every lane, the price up to 5 kg. */
    private static String card(int price) {
        return """
                section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price
                setting,currency,INR,,,,,,,
                setting,country,IN,,,,,,,
                zone,,,ALL,*,*,,,,
                slab,,,ALL,,,0,5,,%d
                additional,,,ALL,,,,,1,10
                """.formatted(price);
    }
}

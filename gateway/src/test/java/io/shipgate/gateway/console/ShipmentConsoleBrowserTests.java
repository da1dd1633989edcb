package io.shipgate.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.Browser;
import io.shipgate.gateway.testing.TestTenants;
import io.shipgate.routes.Endpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warehouse label console's daily flows in a real browser: scan an AWB, the shipment and its label (its barcode
 * scans as the AWB), the day's labels merged in pick order, a batch's labels, reprints recorded and shown, voiding with a
 * confirmation, and another tenant's shipment and label not found.
 */
class ShipmentConsoleBrowserTests extends ApiIntegrationTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    ConsoleUserService users;

    Browser browser;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openBrowser() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of("tracking_step_seconds", "60"));
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void signIn() {
        String email = "packer-" + UUID.randomUUID() + "@example.com";
        users.create(merchant.tenant().id(), email, "Asha Rao", ConsoleRole.WAREHOUSE, PASSWORD);
        browser.get("/console").signIn(email, PASSWORD);
    }

    private JsonNode buy(String key, String reference) {
        ObjectNode request = example("shipment-request.json");
        request.put("reference", reference);
        Api.Response bought = api.post("/v1/shipments", key, request);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        return bought.json();
    }

    /** What the page links to, fetched with the browser's session. */
    private HttpResponse<byte[]> fetch(String href) {
        try {
            String url = href.startsWith("http") ? href : "http://127.0.0.1:" + port + href;
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", browser.cookieHeader()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private void scan(String code) {
        browser.get("/console");
        String before = browser.driver().getCurrentUrl();
        browser.find("#q").sendKeys(code + Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(before));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aScannedAwbOpensItsShipmentWhoseLabelScansAsTheAwbAndTheDaysLabelsMergeInPickOrder() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        JsonNode c = buy(merchant.key(), "C-" + run);
        JsonNode a = buy(merchant.key(), "A-" + run);
        JsonNode b = buy(merchant.key(), "B-" + run);
        clock.advance(Duration.ofMinutes(3)); // the sandbox carrier scans A: its timeline has events
        assertThat(api.get("/v1/shipments/" + a.get("id").asText() + "/tracking", merchant.key()).json().get("events")).isNotEmpty();
        signIn();

        scan(a.get("awb").asText());
        assertThat(browser.path()).isEqualTo("/console/shipments/" + a.get("id").asText());
        assertThat(browser.find("#awb").getText()).isEqualTo(a.get("awb").asText());
        assertThat(browser.find("#reference").getText()).isEqualTo("A-" + run);
        assertThat(browser.find("#recipient").getText()).isEqualTo("Grace Recipient");
        assertThat(browser.find("object.label").getAttribute("data")).endsWith("/label/preview");
        assertThat(browser.findAll("#timeline tbody tr")).isNotEmpty();
        pause(2000); // the embedded PDF viewer draws the label
        browser.screenshot("console-shipment");

        HttpResponse<byte[]> label = fetch(browser.find("#print-pdf").getAttribute("href"));
        assertThat(label.statusCode()).isEqualTo(200);
        assertThat(label.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(LabelScanner.barcodeOfPdf(label.body(), 0)).isEqualTo(a.get("awb").asText());
        HttpResponse<byte[]> a4 = fetch(browser.find("#print-a4").getAttribute("href"));
        assertThat(LabelScanner.barcodeOfPdf(a4.body(), 0)).isEqualTo(a.get("awb").asText());
        HttpResponse<byte[]> zpl = fetch(browser.find("#print-zpl").getAttribute("href"));
        assertThat(zpl.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + a.get("awb").asText() + ".zpl\"");
        assertThat(new String(zpl.body(), StandardCharsets.US_ASCII)).startsWith("^XA");

        // a code nothing matches says so, and the field is ready for the next scan
        scan("NO-SUCH-" + run);
        assertThat(browser.find("#no-match").getText()).contains("NO-SUCH-" + run);
        assertThat(browser.find("#q").getAttribute("autofocus")).isNotNull();

        // today's list, then its labels merged in pick order: by order reference (no warehouses here)
        browser.get("/console/shipments");
        assertThat(browser.findAll("#shipments tbody tr")).hasSize(3);
        browser.screenshot("console-shipments");
        HttpResponse<byte[]> day = fetch(browser.find("#print-day").getAttribute("href"));
        assertThat(day.statusCode()).isEqualTo(200);
        assertThat(LabelScanner.pdfPageCount(day.body())).isEqualTo(3);
        List<String> order = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            order.add(LabelScanner.barcodeOfPdf(day.body(), page));
        }
        assertThat(order).containsExactly(a.get("awb").asText(), b.get("awb").asText(), c.get("awb").asText());

        // a carrier filter that matches nothing lists nothing
        browser.get("/console/shipments?carrier=nobody");
        assertThat(browser.findAll("#shipments")).isEmpty();
    }

    @Test
    void aReprintIsRecordedAndShownAndVoidingAsksForAConfirmation() {
        JsonNode shipment = buy(merchant.key(), "R-" + UUID.randomUUID());
        String id = shipment.get("id").asText();
        signIn();
        browser.get("/console/shipments/" + id);
        assertThat(browser.find("#not-printed").getText()).contains("Not printed");
        String print = browser.find("#print-pdf").getAttribute("href");
        assertThat(fetch(print).statusCode()).isEqualTo(200);
        // the page's preview is not a print
        assertThat(fetch("/console/shipments/" + id + "/label/preview").statusCode()).isEqualTo(200);
        assertThat(fetch(browser.find("#print-zpl").getAttribute("href")).statusCode()).isEqualTo(200);

        browser.get("/console/shipments/" + id);
        List<String> prints = browser.findAll("#prints li").stream().map(e -> e.getText()).toList();
        assertThat(prints).hasSize(2);
        assertThat(prints.get(0)).startsWith("Printed by Asha Rao at").contains("(PDF 4x6)");
        assertThat(prints.get(1)).startsWith("Reprinted by Asha Rao at").contains("(ZPL)");
        assertThat(jdbc.sql("SELECT count(*) FROM label_prints WHERE tenant_id = ? AND shipment_id = ?")
                .params(merchant.tenant().id(), UUID.fromString(id)).query(Long.class).single()).isEqualTo(2);

        browser.width(820, 1180); // a tablet
        browser.screenshot("console-shipment-tablet");
        browser.width(1280, 800);
        browser.find("#void").click();
        assertThat(browser.path()).isEqualTo("/console/shipments/" + id + "/void");
        browser.screenshot("console-void-confirm");
        // the box is required: the browser does not send the form without it
        browser.find("#void-confirm").click();
        assertThat(browser.path()).isEqualTo("/console/shipments/" + id + "/void");
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isNotEqualTo("CANCELLED");

        browser.find("#confirm").click();
        browser.submit("#void-confirm");
        assertThat(browser.path()).isEqualTo("/console/shipments/" + id);
        assertThat(browser.find("#notice").getText()).contains("cancelled");
        assertThat(browser.find(".title-row .badge").getText()).isEqualTo("CANCELLED");
        assertThat(browser.findAll("#void, #print-pdf")).isEmpty();
        assertThat(fetch(print).statusCode()).isEqualTo(400);
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("CANCELLED");
        browser.screenshot("console-shipment-cancelled");
    }

    @Test
    void aBatchsLabelsPrintAsOneDocumentInRowOrder() {
        ArrayNode rows = Api.json().createArrayNode();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (String reference : List.of("Z-" + run, "Y-" + run)) {
            ObjectNode row = example("shipment-request.json");
            row.put("reference", reference);
            rows.add(row);
        }
        Api.Response submitted = api.post("/v1/batches", merchant.key(), rows);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String batchId = submitted.json().get("id").asText();
        for (int i = 0; i < 100 && api.get("/v1/batches/" + batchId, merchant.key()).json().get("counts").get("pending").asInt() > 0; i++) {
            routes.sendBody(Endpoints.PROCESS_BATCH_ROWS, null);
        }
        signIn();
        browser.get("/console/batches");
        browser.find("#batches tbody a").click();
        assertThat(browser.path()).isEqualTo("/console/batches/" + batchId);
        List<String> awbs = browser.findAll("#rows tbody tr td:nth-child(4) a").stream().map(e -> e.getText()).toList();
        assertThat(awbs).hasSize(2);
        browser.screenshot("console-batch");

        HttpResponse<byte[]> merged = fetch(browser.find("#print-batch").getAttribute("href"));
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(LabelScanner.pdfPageCount(merged.body())).isEqualTo(2);
        assertThat(List.of(LabelScanner.barcodeOfPdf(merged.body(), 0), LabelScanner.barcodeOfPdf(merged.body(), 1))).isEqualTo(awbs);
        assertThat(merchantRows("label_prints")).isEqualTo(2);
    }

    @Test
    void anotherTenantsShipmentAndLabelAreNotFound() {
        TestTenants.TestTenant other = tenants.create();
        tenants.sandboxAccount(other, "sandbox", Map.of());
        String reference = "DUP-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode foreign = buy(other.key(), reference);
        String id = foreign.get("id").asText();
        buy(merchant.key(), reference);
        buy(merchant.key(), reference);
        signIn();

        // an order reference two of this tenant's shipments carry (and one of the other tenant's) lists this tenant's two
        scan(reference);
        assertThat(browser.path()).startsWith("/console/search");
        assertThat(browser.findAll("#matches tbody tr")).hasSize(2);
        browser.screenshot("console-search");

        browser.get("/console/shipments/" + id);
        assertThat(browser.find("h1").getText()).isEqualTo("Not found");
        browser.screenshot("console-not-found");
        assertThat(fetch("/console/shipments/" + id).statusCode()).isEqualTo(404);
        assertThat(fetch("/console/shipments/" + id + "/label?format=pdf").statusCode()).isEqualTo(404);
        assertThat(fetch("/console/shipments/" + id + "/label/preview").statusCode()).isEqualTo(404);
        assertThat(fetch("/console/shipments/" + id + "/void").statusCode()).isEqualTo(404);
        scan(foreign.get("awb").asText());
        assertThat(browser.findAll("#no-match")).hasSize(1);
        assertThat(browser.find("#q").getAttribute("value")).isEmpty(); // ready for the next scan
        assertThat(merchantRows("label_prints")).isZero();
    }
}

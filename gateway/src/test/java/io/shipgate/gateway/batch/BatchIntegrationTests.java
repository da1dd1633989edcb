package io.shipgate.gateway.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.routes.Endpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk shipping through the REST API on PostgreSQL with the sandbox carrier: rows checked as POST /v1/shipments checks
 * them (bad ones reported, the rest bought by the batch worker, which tests run themselves), a resubmitted batch buys
 * nothing new, CSV from the template, and the merged label documents read back with PDFBox and ZXing.
 */
class BatchIntegrationTests extends ApiIntegrationTest {

    @BeforeEach
    void aSandboxAccount() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
    }

    @Test
    void aBatchWithBadRowsReportsThemAndBuysTheRest() {
        ArrayNode rows = rows("BAD-A", 4);
        ((ObjectNode) rows.get(1).get("recipient")).put("city", "");
        ((ObjectNode) rows.get(2)).remove("reference");
        ((ObjectNode) rows.get(3)).put("reference", rows.get(0).get("reference").asText());
        ((ObjectNode) rows.get(3).get("parcels").get(0).get("weight")).put("unit", "STONE");
        rows.add(row("BAD-A-ok"));

        Api.Response submitted = api.post("/v1/batches", merchant.key(), rows);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(submitted.header("Location")).isEqualTo("/v1/batches/" + submitted.json().get("id").asText());
        JsonNode counts = submitted.json().get("counts");
        assertThat(counts.get("total").asInt()).isEqualTo(5);
        assertThat(counts.get("invalid").asInt()).isEqualTo(3);
        assertThat(counts.get("pending").asInt()).isEqualTo(2);
        List<String> errors = new ArrayList<>();
        submitted.json().get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("field").asText()));
        assertThat(errors).containsExactly("2 recipient.city", "3 reference", "4 parcels[0].weight.unit");

        JsonNode batch = processed(submitted.json().get("id").asText());
        assertThat(batch.get("status").asText()).isEqualTo("completed");
        assertThat(batch.get("counts").get("created").asInt()).isEqualTo(2);
        JsonNode first = batch.get("rows").get(0);
        assertThat(first.get("state").asText()).isEqualTo("created");
        assertThat(first.get("awb").asText()).isNotBlank();
        Api.Response shipment = api.get("/v1/shipments/" + first.get("shipment_id").asText(), merchant.key());
        assertThat(shipment.json().get("awb").asText()).isEqualTo(first.get("awb").asText());
        assertThat(shipment.json().get("reference").asText()).isEqualTo(first.get("reference").asText());
        assertThat(batch.get("rows").get(1).get("state").asText()).isEqualTo("invalid");
        assertThat(batch.get("rows").get(1).get("problem").get("errors").get(0).get("field").asText()).isEqualTo("recipient.city");
        assertThat(api.get("/v1/batches/" + batch.get("id").asText() + "?state=created&limit=1", merchant.key()).json()
                .get("next_cursor").asText()).isEqualTo("1");
    }

    @Test
    void aResubmittedBatchBuysNothingNew() {
        ArrayNode rows = rows("AGAIN", 3);
        String first = api.post("/v1/batches", merchant.key(), rows).json().get("id").asText();
        // submitted twice before the worker runs: both batches' rows pending, bought once by their reference
        String second = api.post("/v1/batches", merchant.key(), rows).json().get("id").asText();
        JsonNode one = processed(first);
        JsonNode two = processed(second);
        long calls = carrierCalls();
        assertThat(shipmentIds(two)).isEqualTo(shipmentIds(one)).hasSize(3);
        assertThat(merchantRows("shipments")).isEqualTo(3);

        // and again once they are bought: created at once, nothing to buy
        Api.Response third = api.post("/v1/batches", merchant.key(), rows);
        assertThat(third.json().get("counts").get("created").asInt()).isEqualTo(3);
        assertThat(third.json().get("status").asText()).isEqualTo("completed");
        assertThat(shipmentIds(processed(third.json().get("id").asText()))).isEqualTo(shipmentIds(one));
        assertThat(carrierCalls()).isEqualTo(calls);
        assertThat(merchantRows("shipments")).isEqualTo(3);
        assertThat(api.get("/v1/batches?limit=2", merchant.key()).json().get("data")).hasSize(2);
    }

    @Test
    void aCsvBatchFromTheTemplateIsBoughtAndItsMistakesNamedByColumn() throws Exception {
        Api.Response template = api.get("/v1/batches/template.csv", merchant.key());
        assertThat(template.status()).isEqualTo(200);
        String csv = new String(template.bytes(), StandardCharsets.UTF_8).replace("ORDER-", "CSV-" + UUID.randomUUID() + "-");
        String[] lines = csv.split("\n");
        String bad = lines[2].replace(",1.2,KG,", ",heavy,KG,").replace("-1002", "-1003");
        Api.Response submitted = upload("text/csv", csv + bad + "\n");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(submitted.json().get("source").asText()).isEqualTo("csv");
        assertThat(submitted.json().get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(submitted.json().get("errors").get(0).get("field").asText()).isEqualTo("weight");
        JsonNode batch = processed(submitted.json().get("id").asText());
        assertThat(batch.get("counts").get("created").asInt()).isEqualTo(2);
    }

    @Test
    void mergedLabelsHaveOnePagePerRowInRowOrderAndFourUpSheetsHoldFour() throws Exception {
        String fourUp = api.post("/v1/label-profiles", merchant.key(), Map.of("name", "laser", "format", "PDF", "page_size", "A4",
                "labels_per_page", 4)).json().get("id").asText();
        // the batch names its profile: the download without one uses it
        JsonNode batch = processed(api.post("/v1/batches?label_profile=" + fourUp, merchant.key(), rows("LBL", 5)).json().get("id").asText());
        List<String> awbs = new ArrayList<>();
        batch.get("rows").forEach(r -> awbs.add(r.get("awb").asText()));

        String thermal = api.post("/v1/label-profiles", merchant.key(), Map.of("name", "thermal", "format", "PDF")).json().get("id").asText();
        Api.Response pdf = api.get("/v1/batches/" + batch.get("id").asText() + "/labels?label_profile=" + thermal, merchant.key());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Label-Count")).isEqualTo("5");
        assertThat(LabelScanner.pdfPageCount(pdf.bytes())).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(LabelScanner.barcodeOfPdf(pdf.bytes(), i)).isEqualTo(awbs.get(i));
        }

        Api.Response sheets = api.get("/v1/batches/" + batch.get("id").asText() + "/labels", merchant.key());
        assertThat(sheets.status()).as(sheets.toString()).isEqualTo(200);
        assertThat(LabelScanner.pdfPageCount(sheets.bytes())).isEqualTo(2);
        assertThat(LabelReader.barcodesOfPdfPage(sheets.bytes(), 0)).containsExactlyElementsOf(awbs.subList(0, 4));
        assertThat(LabelReader.barcodesOfPdfPage(sheets.bytes(), 1)).containsExactly(awbs.get(4));

        Api.Response zpl = api.get("/v1/batches/" + batch.get("id").asText() + "/labels?format=zpl", merchant.key());
        String text = new String(zpl.bytes(), StandardCharsets.US_ASCII);
        assertThat(text.split("\\^XZ", -1)).hasSize(6);
        assertThat(text.indexOf(awbs.get(0))).isLessThan(text.indexOf(awbs.get(4)));
    }

    /** A POST of a batch file with its content type (text/csv, application/x-ndjson). */
    Api.Response upload(String contentType, String body) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/v1/batches"))
                        .header("Content-Type", contentType).header("Authorization", "Bearer " + merchant.key())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Api.Response(response.statusCode(), response.headers(), response.body());
    }

    private static Set<String> shipmentIds(JsonNode batch) {
        Set<String> ids = new HashSet<>();
        batch.get("rows").forEach(r -> ids.add(r.get("shipment_id").asText()));
        return ids;
    }

    /** Runs the batch worker until the batch has no pending row; the batch with its rows. */
    JsonNode processed(String id) {
        for (int i = 0; i < 100; i++) {
            JsonNode batch = api.get("/v1/batches/" + id, merchant.key()).json();
            if (batch.get("counts").get("pending").asInt() == 0) {
                return batch;
            }
            routes.sendBody(Endpoints.PROCESS_BATCH_ROWS, null);
        }
        throw new AssertionError("batch " + id + " still has pending rows");
    }

    static ArrayNode rows(String prefix, int n) {
        ArrayNode rows = Api.json().createArrayNode();
        String run = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= n; i++) {
            rows.add(row(run + "-" + i));
        }
        return rows;
    }

    static ObjectNode row(String reference) {
        ObjectNode row = example("shipment-request.json");
        row.put("reference", reference);
        return row;
    }
}

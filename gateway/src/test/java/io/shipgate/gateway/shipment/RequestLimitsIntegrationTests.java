package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything checkable is checked before any carrier is called: text that cannot be stored or
 * printed, numbers beyond their bounds and scales, codes that are not ISO codes. Each answer is a
 * 400 problem naming the field; no carrier is called and nothing is stored.
 */
class RequestLimitsIntegrationTests extends ApiIntegrationTest {

    @BeforeEach
    void sandboxAccount() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
    }

    @Test
    void controlCharactersAreRefusedInEveryTextNamingItsField() {
        assertRefused("shipper.street1", "control character U+0000", body -> address(body, "shipper").put("street1", "11 Wall\u0000St"));
        assertRefused("parcels[0].description", "control character U+0007",
                body -> ((ObjectNode) body.withArray("parcels").get(0)).put("description", "bell\u0007"));
        assertRefused("recipient.name", "control character U+0085", body -> address(body, "recipient").put("name", "Grace\u0085"));
        assertRefused("recipient.city", "unpaired surrogate", body -> address(body, "recipient").put("city", "San \ud800Francisco"));
        assertRefused("reference", "control character U+001B", body -> body.put("reference", "\u001b[31mORDER"));

        ObjectNode international = example("shipment-international-request.json");
        ((ObjectNode) international.get("customs").withArray("items").get(0)).put("sku", "TS\u0000");
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), international), "customs.items[0].sku");

        // tabs and line breaks are text: stored and printed (as spaces on a label)
        ObjectNode multiline = example("shipment-request.json");
        address(multiline, "recipient").put("street2", "Apt 4\r\nBack door\tleft");
        Api.Response created = api.post("/v1/shipments", merchant.key(), multiline);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("recipient").get("street2").asText()).isEqualTo("Apt 4\r\nBack door\tleft");
        assertThat(api.get("/v1/shipments/" + created.json().get("id").asText() + "/label?format=pdf", merchant.key()).status())
                .isEqualTo(200);
    }

    @Test
    void textsAreBoundedInLength() {
        assertRefused("shipper.street1", "size must be between 0 and 120", body -> address(body, "shipper").put("street1", "x".repeat(121)));
        assertRefused("reference", "must be at most 4096 characters", body -> body.put("reference", "x".repeat(5000)));
        assertRefused("parcels[0].description", "size must be between 0 and 100",
                body -> ((ObjectNode) body.withArray("parcels").get(0)).put("description", "x".repeat(101)));
    }

    @Test
    void numbersBeyondTheirBoundsOrScalesAreRefusedAtOnce() {
        long start = System.nanoTime();
        assertRefused("parcels[0].weight.value", "must be at most 2204.622 LB", body -> weight(body).put("value", new BigDecimal("1e999999999")));
        assertRefused("parcels[0].weight.value", "must have at most 3 decimals", body -> weight(body).put("value", new BigDecimal("1e-999999999")));
        assertRefused("parcels[0].weight.value", "must be at most 1000000 G", body -> weight(body).put("value", 1_000_001).put("unit", "G"));
        assertRefused("parcels[0].dimensions.length", "must be at most 157.48 IN",
                body -> ((ObjectNode) body.withArray("parcels").get(0).get("dimensions")).put("length", new BigDecimal("1e12")));
        assertRefused("parcels[0].dimensions.height", "must have at most 2 decimals",
                body -> ((ObjectNode) body.withArray("parcels").get(0).get("dimensions")).put("height", new BigDecimal("6.125")));
        assertRefused("options.declared_value.amount", "must be at most 1000000000",
                body -> body.putObject("options").putObject("declared_value").put("amount", new BigDecimal("1e999999999")).put("currency", "USD"));
        assertRefused("options.cod.amount", "must have at most 2 decimals in USD",
                body -> body.putObject("options").putObject("cod").put("amount", new BigDecimal("10.005")).put("currency", "USD"));
        assertRefused("options.cod.amount", "must have at most 0 decimals in JPY",
                body -> body.putObject("options").putObject("cod").put("amount", new BigDecimal("10.5")).put("currency", "JPY"));
        assertRefused("options.ship_date", "must be between 2000-01-01 and 2099-12-31",
                body -> body.putObject("options").put("ship_date", "+999999999-12-31"));

        ObjectNode quantity = example("shipment-international-request.json");
        ((ObjectNode) quantity.get("customs").withArray("items").get(0)).put("quantity", new BigDecimal("1e999999999"));
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), quantity), "customs.items[0].quantity");
        ((ObjectNode) quantity.get("customs").withArray("items").get(0)).put("quantity", 1.5);
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), quantity), "customs.items[0].quantity");
        ((ObjectNode) quantity.get("customs").withArray("items").get(0)).put("quantity", 100_001);
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), quantity), "customs.items[0].quantity");
        ((ObjectNode) quantity.get("customs").withArray("items").get(0)).put("quantity", 3)
                .putObject("unit_value").put("amount", new BigDecimal("-1e-999999999")).put("currency", "USD");
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), quantity), "customs.items[0].unit_value.amount");
        assertThat(System.nanoTime() - start).as("no slow path").isLessThan(10_000_000_000L);
    }

    @Test
    void moneyAmountsAreDecimalStringsOrNumbersUnderTheSameLimits() {
        assertRefused("options.cod.amount", "must have at most 2 decimals in USD",
                body -> body.putObject("options").putObject("cod").put("amount", "10.005").put("currency", "USD"));
        assertRefused("options.declared_value.amount", "must be at most 1000000000",
                body -> body.putObject("options").putObject("declared_value").put("amount", "1e999999999").put("currency", "USD"));
        assertRefused("options.cod.amount", "must be greater than or equal to 0",
                body -> body.putObject("options").putObject("cod").put("amount", "-1").put("currency", "USD"));
        for (String notADecimal : new String[] {"twelve", "12,50", "0x10", "1".repeat(200_000)}) {
            ObjectNode body = example("shipment-request.json");
            body.putObject("options").putObject("cod").put("amount", notADecimal).put("currency", "USD");
            assertProblem(() -> api.post("/v1/shipments", merchant.key(), body), "options.cod.amount");
        }

        // a decimal string, as answers write amounts, and a JSON number, as clients written before that send them
        ObjectNode asString = example("shipment-request.json");
        asString.putObject("options").putObject("declared_value").put("amount", "37.50").put("currency", "USD");
        ObjectNode asNumber = example("shipment-request.json");
        asNumber.putObject("options").putObject("declared_value").put("amount", new BigDecimal("37.50")).put("currency", "USD");
        for (ObjectNode body : List.of(asString, asNumber)) {
            Api.Response created = api.post("/v1/shipments", merchant.key(), body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode declared = created.json().get("options").get("declared_value");
            assertThat(declared.get("amount").isTextual()).as(declared.toString()).isTrue();
            assertThat(Api.amount(declared)).isEqualByComparingTo("37.50");
        }
    }

    @Test
    void currenciesAndCountriesAreIsoCodesWhereverTheyAppear() {
        assertRefused("options.declared_value.currency", "ISO 4217",
                body -> body.putObject("options").putObject("declared_value").put("amount", 10).put("currency", "XYZ"));
        assertRefused("recipient.country", "ISO 3166-1", body -> address(body, "recipient").put("country", "XX"));
        assertRefused("shipper.country", "ISO 3166-1", body -> address(body, "shipper").put("country", "us"));

        ObjectNode origin = example("shipment-international-request.json");
        ((ObjectNode) origin.get("customs").withArray("items").get(0)).put("origin_country", "ZZ");
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), origin), "customs.items[0].origin_country");

        ObjectNode taxId = example("shipment-international-request.json");
        ((ObjectNode) taxId.get("customs").withArray("tax_ids").get(0)).put("issuing_country", "EU");
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), taxId), "customs.tax_ids[0].issuing_country");

        ObjectNode mixed = example("shipment-international-request.json");
        ArrayNode items = (ArrayNode) mixed.get("customs").get("items");
        ObjectNode second = items.addObject();
        second.setAll((ObjectNode) items.get(0).deepCopy());
        second.putObject("unit_value").put("amount", 5).put("currency", "EUR");
        assertProblem(() -> api.post("/v1/shipments", merchant.key(), mixed), "customs.items[1].unit_value.currency");
    }

    @Test
    void theIdempotencyKeyAndQueryParametersFollowTheTextRules() {
        long callsBefore = carrierCalls();
        Api.Response key = assertProblem(() -> api.post("/v1/shipments", merchant.key(), example("shipment-request.json"),
                "Idempotency-Key", "order\t1"), "Idempotency-Key");
        assertThat(key.json().get("errors").get(0).get("message").asText()).contains("printable ASCII");
        // Tomcat passes obs-text bytes through (read as ISO-8859-1): 0x85 arrives as the control character U+0085,
        // which Spring Security's firewall refuses when the header is read (without quoting it)
        assertThat(rawPost("/v1/shipments", "Idempotency-Key: order-\u0085", Api.asciiJson(example("shipment-request.json"))))
                .startsWith("HTTP/1.1 400").contains("malformed-request").doesNotContain("order-");

        assertProblem(() -> api.get("/v1/shipments?reference=ORDER%00-1", merchant.key()), "reference");
        assertThat(api.get("/v1/shipments?reference=ORDER-1", merchant.key()).status()).isEqualTo(200);
        assertThat(carrierCalls()).isEqualTo(callsBefore);
        assertThat(merchantRows("shipments")).isZero();
    }

    private void assertRefused(String field, String message, Consumer<ObjectNode> change) {
        ObjectNode body = example("shipment-request.json");
        change.accept(body);
        Api.Response answer = assertProblem(() -> api.post("/v1/shipments", merchant.key(), Api.asciiJson(body),
                "Idempotency-Key", "limits-" + field), field);
        assertThat(answer.json().get("errors").findValuesAsText("message")).as(answer.toString()).anyMatch(m -> m.contains(message));
    }

    private Api.Response assertProblem(Supplier<Api.Response> request, String field) {
        long callsBefore = carrierCalls();
        Api.Response answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).as(answer.toString()).contains(field);
        assertThat(carrierCalls()).isEqualTo(callsBefore);
        assertThat(merchantRows("shipments")).isZero();
        return answer;
    }

    /** A POST written byte by byte (ISO-8859-1 headers), for what the JDK client refuses to send; the answer's text. */
    private String rawPost(String path, String header, String body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + merchant.key()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n" + header
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode address(ObjectNode body, String party) {
        return (ObjectNode) body.get(party);
    }

    private static ObjectNode weight(ObjectNode body) {
        return (ObjectNode) body.withArray("parcels").get(0).get("weight");
    }
}

package io.shipgate.gateway.ratecard;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate cards through the REST API on the real database: a card with mistakes is refused with their rows and the card in
 * force stays; uploads are versions (the active one and the previous one kept); JSON, list, read and download; rates
 * answered from a card with its source and version and no carrier call; another tenant's account is a 404; the import
 * time and heap of a 10,000-line card (printed, no timed assertion).
 */
class RateCardIntegrationTests extends ApiIntegrationTest {

    private static final String CSV = "text/csv";
    private static final String HEADER = "section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price\n";
    private static final String CARD = HEADER + """
            setting,currency,INR,,,,,,,
            setting,country,IN,,,,,,,
            setting,volumetric_divisor,5000,,,,,,,
            setting,fuel_surcharge_percent,10,,,,,,,
            setting,cod_fee_percent,2,,,,,,,
            setting,cod_fee_minimum,30,,,,,,,
            setting,oda_surcharge,75,,,,,,,
            zone,,,LOCAL,1220,1220,,,,
            zone,,,NATIONAL,*,*,,,,
            slab,,,LOCAL,,,0,0.5,,30
            slab,,,LOCAL,,,0.5,1,,40
            additional,,,LOCAL,,,,,0.5,15
            slab,,,NATIONAL,,,0,1,,60
            additional,,,NATIONAL,,,,,1,40
            """;

    @Test
    void aCardWithMistakesIsRefusedWithTheirRowsAndTheCardInForceStays() {
        UUID account = tenants.sandboxAccount(merchant, "cards", Map.of());
        assertThat(upload(account, "surface", CARD).status()).isEqualTo(200);

        Api.Response refused = upload(account, "surface", HEADER + """
                setting,currency,INR,,,,,,,
                setting,country,IN,,,,,,,
                zone,,,A,*,*,,,,
                slab,,,A,,,0,1,,30
                slab,,,A,,,0.8,2,,-5
                slab,,,B,,,0,1,,30
                """);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("type").asText()).endsWith("/validation-error");
        assertThat(refused.json().get("invalid_rows").asLong()).isEqualTo(2);
        assertThat(refused.json().get("detail").asText()).contains("the rate card in force is unchanged");
        List<String> errors = new ArrayList<>();
        refused.json().get("errors").forEach(e -> errors.add(e.get("row").asLong() + " " + e.get("field").asText()));
        assertThat(errors).containsExactly("6 price", "7 zone");

        JsonNode card = api.get(path(account, "surface"), merchant.key()).json();
        assertThat(card.get("version").asInt()).isEqualTo(1);
        assertThat(card.get("zones").findValuesAsText("name")).containsExactly("LOCAL", "NATIONAL");
        assertThat(jdbc.sql("SELECT count(*) FROM rate_cards WHERE carrier_account_id = ?").param(account).query(Long.class).single())
                .as("a refused card stores nothing").isEqualTo(1);
    }

    @Test
    void uploadsAreVersionsKeepingTheActiveAndThePreviousOne() throws java.io.IOException {
        UUID account = tenants.sandboxAccount(merchant, "cards", Map.of());
        assertThat(upload(account, "surface", CARD).json().get("version").asInt()).isEqualTo(1);
        Api.Response second = upload(account, "surface", CARD.replace("slab,,,NATIONAL,,,0,1,,60", "slab,,,NATIONAL,,,0,1,,65"));
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        byte[] json = Files.readAllBytes(Path.of("../docs/examples/rate-card-request.json"));
        Api.Response third = api.put(path(account, "surface"), merchant.key(), "application/json", json);
        assertThat(third.status()).as(third.toString()).isEqualTo(200);
        assertThat(third.json().get("version").asInt()).isEqualTo(3);
        assertThat(third.json().get("line_count").asInt()).isEqualTo(16);
        assertThat(upload(account, "express", CARD).json().get("version").asInt()).as("versions count per service").isEqualTo(1);
        assertThat(jdbc.sql("SELECT version FROM rate_cards WHERE carrier_account_id = ? AND service = 'surface' ORDER BY version")
                .param(account).query(Integer.class).list()).containsExactly(2, 3);

        JsonNode list = api.get("/v1/carrier-accounts/" + account + "/rate-cards", merchant.key()).json();
        assertThat(list.get("data").findValuesAsText("service")).containsExactly("express", "surface");
        assertThat(list.get("data").findValuesAsText("version")).containsExactly("1", "3");
        assertThat(list.get("data").findValuesAsText("currency")).containsOnly("INR");

        Api.Response got = api.get(third.json().get("card_url").asText(), merchant.key());
        assertThat(got.json().get("version").asInt()).isEqualTo(3);
        assertThat(got.json().get("cod_fee").get("minimum").asText()).isEqualTo("35.00");
        Api.Response putBack = api.put(path(account, "surface"), merchant.key(), "application/json", got.bytes());
        assertThat(putBack.status()).as("GET's answer can be PUT back: " + putBack).isEqualTo(200);

        Api.Response csv = api.get(third.json().get("csv_url").asText(), merchant.key());
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER.replace("\n", "\r\n") + "setting,currency,INR,,,,,,,\r\n")
                .contains("slab,,,REST_OF_INDIA,,,0.5,1,,70.00\r\n", "additional,,,WITHIN_CITY,,,,,0.5,18.00\r\n");
        assertThat(upload(account, "surface", text).json().get("version").asInt()).as("the download can be uploaded").isEqualTo(5);

        byte[] template = Files.readAllBytes(Path.of("../docs/examples/rate-card-template.csv"));
        assertThat(api.put(path(account, "template"), merchant.key(), CSV, template).status()).as("the template is a valid card").isEqualTo(200);
    }

    @Test
    void ratesAskingForRateCardsAreAnsweredFromThemWithSourceAndVersionAndNoCarrierCall() {
        UUID account = tenants.sandboxAccount(merchant, "cards", Map.of());
        upload(account, "surface", CARD);
        upload(account, "surface", CARD.replace("slab,,,LOCAL,,,0.5,1,,40", "slab,,,LOCAL,,,0.5,1,,42"));
        upload(account, "express", CARD.replace("setting,country,IN", "setting,country,JP").replace("INR", "JPY"));
        // Gurugram (ODA per the serviceability table) -> Gurugram, 1.2 kg actual; 30x20x15 cm = 1.8 kg volumetric
        Api.Response table = api.put("/v1/carrier-accounts/" + account + "/serviceability", merchant.key(), CSV,
                "country,postal_code,prepaid,cod,pickup,oda\nIN,122015,Y,Y,Y,Y\nIN,122001,Y,Y,Y,N\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.status()).as(table.toString()).isEqualTo(200);

        long callsBefore = carrierCalls();
        Api.Response answer = api.post("/v1/rates", merchant.key(), rates("122001", "122015", "1500.00", "rate_card"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(carrierCalls()).as("no carrier was called").isEqualTo(callsBefore);

        JsonNode quotes = answer.json().get("quotes");
        assertThat(quotes).hasSize(1);
        JsonNode quote = quotes.get(0);
        assertThat(quote.get("source").asText()).isEqualTo("RATE_CARD");
        assertThat(quote.get("rate_card_version").asInt()).isEqualTo(2);
        assertThat(quote.get("service").asText()).isEqualTo("surface");
        // 1.8 kg in LOCAL: 42 + 2 started steps of 0.5 kg x 15 = 72; fuel 10% = 7.20; COD 2% of 1500 = 30.00; ODA 75
        List<String> charges = new ArrayList<>();
        quote.get("charges").forEach(c -> charges.add(c.get("name").asText() + " " + c.get("amount").get("amount").asText()));
        assertThat(charges).containsExactly("Freight (zone LOCAL) 72.00", "Fuel surcharge 10% 7.20", "COD fee 30.00", "ODA surcharge 75.00");
        assertThat(Api.amount(quote.get("total"))).isEqualByComparingTo(new BigDecimal("184.20"));
        JsonNode warning = answer.json().get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("RATE_CARD_OTHER_COUNTRY");
        assertThat(warning.get("service").asText()).isEqualTo("express");

        Api.Response live = api.post("/v1/rates", merchant.key(), rates("122001", "560001", null, null));
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(carrierCalls()).as("without source, a carrier with a rate API is asked live").isGreaterThan(callsBefore);
        assertThat(live.json().get("quotes").findValuesAsText("source")).isNotEmpty().containsOnly("CARRIER");
        assertThat(live.json().get("quotes").get(0).has("rate_card_version")).isFalse();
    }

    @Test
    void anotherTenantsAccountIsNotFound() {
        UUID account = tenants.sandboxAccount(merchant, "cards", Map.of());
        upload(account, "surface", CARD);
        String other = tenants.create().key();
        assertThat(api.put(path(account, "surface"), other, CSV, CARD.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(api.get(path(account, "surface"), other).status()).isEqualTo(404);
        assertThat(api.get(path(account, "surface") + "/csv", other).status()).isEqualTo(404);
        assertThat(api.get("/v1/carrier-accounts/" + account + "/rate-cards", other).status()).isEqualTo(404);
        Map<String, Object> request = rates("122001", "122015", null, "rate_card");
        request.put("carrier_account_ids", List.of(account));
        Api.Response theirs = api.post("/v1/rates", other, request);
        assertThat(theirs.status()).as("not one of their accounts: " + theirs).isEqualTo(422);
        assertThat(api.get(path(account, "surface"), merchant.key()).json().get("version").asInt()).as("untouched").isEqualTo(1);
        assertThat(api.get(path(account, "none"), merchant.key()).status()).isEqualTo(404);
    }

    @Test
    void aTenThousandLineCardImportsAndItsTimeAndHeapArePrinted() {
        UUID account = tenants.sandboxAccount(merchant, "cards", Map.of());
        // 100 zones, each with 80 lanes (3-digit origin and destination prefixes), 19 slabs and a step, and 6 settings: 10,006 lines
        StringBuilder csv = new StringBuilder(HEADER).append("setting,currency,INR,,,,,,,\nsetting,country,IN,,,,,,,\n")
                .append("setting,volumetric_divisor,5000,,,,,,,\nsetting,fuel_surcharge_percent,12.5,,,,,,,\n")
                .append("setting,cod_fee_fixed,35,,,,,,,\nsetting,oda_surcharge,75,,,,,,,\n");
        int lines = 6;
        for (int z = 0; z < 100; z++) {
            for (int l = 0; l < 80; l++) {
                csv.append("zone,,,Z").append(z).append(',').append(110 + z).append(',').append(110 + l + (z % 2) * 400).append(",,,,\n");
            }
            for (int s = 0; s < 19; s++) {
                csv.append("slab,,,Z").append(z).append(",,,").append(new BigDecimal(s).multiply(new BigDecimal("0.5")).toPlainString())
                        .append(',').append(new BigDecimal(s + 1).multiply(new BigDecimal("0.5")).toPlainString()).append(",,")
                        .append(30 + z + s * 10).append('\n');
            }
            csv.append("additional,,,Z").append(z).append(",,,,,0.5,").append(20 + z).append('\n');
            lines += 100;
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.US_ASCII);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();

        long start = System.nanoTime();
        Api.Response uploaded = upload(account, "surface", csv.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("rate card import: %,d lines (%,d bytes of CSV) in %,d ms; JVM heap %,d MB before, peak %,d MB during, "
                + "%,d MB allocated by all threads during the request (test and gateway in one JVM)%n", lines, body.length, millis,
                before >> 20, peak >> 20, allocated >> 20);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("line_count").asInt()).isEqualTo(lines);

        long first = System.nanoTime();
        Api.Response answer = api.post("/v1/rates", merchant.key(), rates("115001", "550001", null, "rate_card"));
        System.out.printf("rate card quote: first after the import (loads the %,d-line card) in %,d ms%n", lines,
                (System.nanoTime() - first) / 1_000_000);
        // origin 115 is zone Z5 (odd: destinations 510-589), 1.8 kg volumetric -> slab 1.5-2 kg: 30 + 5 + 30 = 65; fuel 8.13
        assertThat(Api.amount(answer.json().get("quotes").get(0).get("total"))).as(answer.toString()).isEqualByComparingTo("73.13");
    }

    private Api.Response upload(UUID account, String service, String csv) {
        return api.put(path(account, service), merchant.key(), CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String path(UUID account, String service) {
        return "/v1/carrier-accounts/" + account + "/rate-cards/" + service;
    }

    private static Map<String, Object> rates(String origin, String destination, String cod, String source) {
        Map<String, Object> request = new HashMap<>();
        request.put("shipper", Map.of("country", "IN", "postal_code", origin));
        request.put("recipient", Map.of("country", "IN", "postal_code", destination));
        request.put("parcels", List.of(Map.of("weight", Map.of("value", 1.2, "unit", "KG"),
                "dimensions", Map.of("length", 30, "width", 20, "height", 15, "unit", "CM"))));
        if (cod != null) {
            request.put("options", Map.of("cod", Map.of("amount", cod, "currency", "INR")));
        }
        if (source != null) {
            request.put("source", source);
        }
        return request;
    }
}

package io.shipgate.gateway.serviceability;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import io.shipgate.routes.carrier.CarrierConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serviceability through the REST API on the real database: tables uploaded as CSV or JSON lines,
 * refused whole with the rows of their mistakes (the table in force stays), replaced atomically by
 * version; {@code POST /v1/serviceability} with every reason; another tenant's account is a 404; and
 * Delhivery's live pincode check (WireMock, the Delhivery module's fixtures), cached.
 */
class ServiceabilityIntegrationTests extends ApiIntegrationTest {

    private static final String CSV = "text/csv";
    private static final String HEADER = "country,postal_code,prepaid,cod,cod_limit,pickup,reverse_pickup,oda,embargo\n";
    /** Gurugram (the warehouse), Bengaluru, Mumbai (COD up to 1000), Imphal (prepaid only, ODA), New Delhi (embargo), Changanassery (no pickup). */
    private static final String TABLE = HEADER + """
            IN,122015,Y,Y,,Y,Y,N,N
            IN,560001,Y,Y,,Y,Y,N,N
            IN,400001,Y,Y,1000,Y,Y,N,N
            IN,795001,Y,N,,N,N,Y,N
            IN,110001,Y,Y,,Y,Y,N,Y
            IN,686101,Y,Y,,N,N,N,N
            """;

    private final WireMockServer delhivery = CarrierMocks.server();
    private final List<String> forcedOpen = new ArrayList<>();
    @Autowired
    private CircuitBreakerRegistry breakers;

    @AfterEach
    void resetCarriers() {
        delhivery.resetAll();
        forcedOpen.forEach(breakers::remove);
    }

    @Test
    void aFileWithBadRowsIsRefusedWithTheirRowsAndTheTableInForceStays() {
        UUID account = delhiveryAccount();
        assertThat(upload(account, TABLE, "INR").status()).isEqualTo(200);

        Api.Response refused = upload(account, HEADER + """
                IN,560001,Y,Y,,Y,Y,N,N
                IN,56001,Y,Y,,Y,Y,N,N
                IN,400001,Y,maybe,,Y,Y,N,N
                IN,560001,Y,Y,,Y,Y,N,N
                XX,12345,Y,Y,,Y,Y,N,N
                IN,122015,Y,N,500,Y,Y,N,N
                IN,122016,Y,Y
                """, "INR");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/validation-error");
        assertThat(refused.json().get("invalid_rows").asInt()).isEqualTo(6);
        assertThat(errors(refused)).containsExactly(
                "3 postal_code", "4 cod", "5 postal_code", "6 country", "7 cod_limit", "8 row");
        assertThat(refused.json().get("errors").get(2).get("message").asText()).contains("row 2");
        assertThat(refused.json().get("detail").asText()).contains("table in force is unchanged");

        JsonNode inForce = api.get(path(account), merchant.key()).json();
        assertThat(inForce.get("version").asInt()).isEqualTo(1);
        assertThat(inForce.get("row_count").asInt()).isEqualTo(6);
        assertThat(excluded(check("122015", "400001", "1499.00"), account).get("reason").asText())
                .as("still the first table's COD limit").isEqualTo("COD_OVER_LIMIT");

        Api.Response noCurrency = upload(account, HEADER + "IN,400001,Y,Y,1000,Y,Y,N,N\n", null);
        assertThat(errors(noCurrency)).containsExactly("2 cod_limit");
        Api.Response badHeader = upload(account, "country,pincode,prepaid,cod,pickup\nIN,560001,Y,Y,Y\n", null);
        assertThat(errors(badHeader)).containsExactly("1 header", "1 postal_code");
        assertThat(upload(account, HEADER, null).status()).as("a file without rows").isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM serviceability_tables WHERE carrier_account_id = ?").param(account)
                .query(Long.class).single()).as("refused files store nothing").isEqualTo(1);
    }

    @Test
    void aGoodFileReplacesTheTableAsTheNextVersionKeepingOnlyThePreviousOne() {
        UUID account = delhiveryAccount();
        assertThat(upload(account, TABLE, "INR").json().get("version").asInt()).isEqualTo(1);
        assertThat(available(check("122015", "560001", null), account).get("serviceability").asText()).isEqualTo("SERVICEABLE");

        Api.Response second = upload(account, HEADER + "IN,122015,Y,Y,,Y,Y,N,N\nin, 795001 ,y,n,,n,n,y,n\n", null);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(second.json().get("row_count").asInt()).isEqualTo(2);
        assertThat(second.json().has("currency")).isFalse();
        JsonNode gone = excluded(check("122015", "560001", null), account);
        assertThat(gone.get("reason").asText()).isEqualTo("NOT_SERVICEABLE");
        assertThat(gone.get("end").asText()).isEqualTo("DESTINATION");
        assertThat(gone.get("table_version").asInt()).isEqualTo(2);

        Api.Response csv = api.get(second.json().get("csv_url").asText(), merchant.key());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).isEqualTo((HEADER + """
                IN,122015,Y,Y,,Y,Y,N,N
                IN,795001,Y,N,,N,N,Y,N
                """).replace("\n", "\r\n"));

        String jsonLines = """
                {"country":"IN","postal_code":"560001","prepaid":true,"cod":true,"pickup":true,"cod_limit":"2500.00"}
                {"country":"IN","postal_code":"122015","prepaid":"Y","cod":"Y","pickup":"Y","reverse_pickup":"N"}
                """;
        Api.Response third = api.put(path(account) + "?currency=INR", merchant.key(), "application/x-ndjson",
                jsonLines.getBytes(StandardCharsets.UTF_8));
        assertThat(third.status()).as(third.toString()).isEqualTo(200);
        assertThat(third.json().get("version").asInt()).isEqualTo(3);
        assertThat(excluded(check("122015", "560001", "2500.01"), account).get("reason").asText()).isEqualTo("COD_OVER_LIMIT");
        assertThat(jdbc.sql("SELECT version FROM serviceability_tables WHERE carrier_account_id = ? ORDER BY version").param(account)
                .query(Integer.class).list()).as("the active version and the previous one").containsExactly(2, 3);
        assertThat(jdbc.sql("SELECT count(*) FROM serviceability_rows r JOIN serviceability_tables t ON t.id = r.table_id"
                + " WHERE t.carrier_account_id = ?").param(account).query(Long.class).single()).isEqualTo(4);

        Api.Response badJson = api.put(path(account), merchant.key(), "application/x-ndjson",
                "{\"country\":\"IN\",\"postal_code\":\"560001\",\"prepaid\":true,\"cod\":true,\"pickup\":true,\"colour\":\"red\"}\nnot json\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(errors(badJson)).containsExactly("1 colour", "2 row");
    }

    @Test
    void theDownloadableTemplateIsAValidFile() throws java.io.IOException {
        UUID account = delhiveryAccount();
        byte[] template = Files.readAllBytes(Path.of("../docs/examples/serviceability-template.csv"));
        Api.Response uploaded = api.put(path(account) + "?currency=INR", merchant.key(), CSV, template);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("row_count").asLong()).isEqualTo(template.length == 0 ? 0
                : new String(template, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count() - 1);
    }

    @Test
    void aHundredThousandRowFileIsTakenInOneRequest() {
        UUID account = delhiveryAccount();
        StringBuilder file = new StringBuilder(HEADER);
        for (int pin = 100_000; pin < 200_000; pin++) {
            boolean noCod = pin % 7 == 0;
            boolean oda = pin % 11 == 0;
            file.append("IN,").append(pin).append(",Y,").append(noCod ? "N,," : "Y,5000,").append("Y,Y,").append(oda ? "Y" : "N")
                    .append(",N\n");
        }
        byte[] body = file.toString().getBytes(StandardCharsets.US_ASCII);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();

        long start = System.nanoTime();
        Api.Response uploaded = api.put(path(account) + "?currency=INR", merchant.key(), CSV, body);
        long millis = (System.nanoTime() - start) / 1_000_000;

        long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("serviceability upload: 100,000 rows (%,d bytes of CSV) in %,d ms; JVM heap %,d MB before, peak %,d MB during, "
                        + "%,d MB allocated by all threads during the request (test and gateway in one JVM)%n",
                body.length, millis, before >> 20, peak >> 20, allocated >> 20);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("row_count").asInt()).isEqualTo(100_000);

        long first = System.nanoTime();
        JsonNode answer = check("100011", "199980", "4999.00");
        System.out.printf("serviceability check: first after the upload (loads the 100,000-row index) in %,d ms%n",
                (System.nanoTime() - first) / 1_000_000);
        assertThat(available(answer, account).get("oda").asBoolean()).as("199980 = 11 x 18180").isTrue();
        assertThat(excluded(check("100011", "199984", "5000.01"), account).get("reason").asText()).isEqualTo("COD_OVER_LIMIT");
        assertThat(excluded(check("100011", "199997", "1.00"), account).get("reason").asText()).as("199997 = 7 x 28571")
                .isEqualTo("COD_NOT_AVAILABLE");
    }

    @Test
    void aParcelAboveTheCarriersPublishedLimitsIsExcludedForItBeforeAnyTableOrCall() {
        UUID fedex = fedexAccount();
        UUID delhivery = delhiveryAccount();
        upload(delhivery, TABLE, "INR");
        List<UUID> both = List.of(fedex, delhivery);

        JsonNode heavy = parcelCheck(both, Map.of("value", 151, "unit", "LB"), null);
        assertReason(heavy, fedex, "WEIGHT_OVER_LIMIT", null);
        assertThat(excluded(heavy, fedex).get("source").asText()).isEqualTo("CARRIER_LIMITS");
        assertThat(excluded(heavy, fedex).get("detail").asText()).contains("151 LB", "150 LB");
        assertThat(available(heavy, delhivery).get("source").asText()).as("delhivery publishes no limits: its table decides")
                .isEqualTo("TABLE");
        assertThat(heavy.get("skipped_checks").findValuesAsText("why")).containsExactly("delhivery publishes no parcel limits",
                "the request gives no parcel dimensions");

        Map<String, Object> kg = Map.of("value", 20, "unit", "KG");
        assertThat(available(parcelCheck(both, kg, Map.of("length", 270, "width", 30, "height", 30, "unit", "CM")), fedex)
                .get("serviceability").asText()).as("274 cm long, 270 + 2 x 60 = 390 cm length plus girth").isEqualTo("UNKNOWN");
        assertReason(parcelCheck(both, kg, Map.of("length", 20, "width", 20, "height", 110, "unit", "IN")), fedex, "SIZE_OVER_LIMIT", null);
        JsonNode girth = parcelCheck(both, kg, Map.of("length", 200, "width", 60, "height", 50, "unit", "CM"));
        assertReason(girth, fedex, "SIZE_OVER_LIMIT", null);
        assertThat(excluded(girth, fedex).get("detail").asText()).contains("length plus girth is 420 cm");
    }

    private JsonNode parcelCheck(List<UUID> accounts, Map<String, Object> weight, Map<String, Object> dimensions) {
        Map<String, Object> request = request("122015", "560001", null, accounts);
        Map<String, Object> parcel = new HashMap<>();
        parcel.put("weight", weight);
        if (dimensions != null) {
            parcel.put("dimensions", dimensions);
        }
        request.put("parcel", parcel);
        Api.Response answer = api.post("/v1/serviceability", merchant.key(), request);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void eachReasonAppearsWhereItApplies() {
        UUID account = delhiveryAccount();
        upload(account, TABLE, "INR");

        assertReason(check("122015", "194101", null), account, "NOT_SERVICEABLE", "DESTINATION");
        assertReason(check("686101", "560001", null), account, "NOT_SERVICEABLE", "ORIGIN");
        assertReason(check("122015", "110001", null), account, "EMBARGO", "DESTINATION");
        assertReason(check("122015", "795001", "10.00"), account, "COD_NOT_AVAILABLE", "DESTINATION");
        assertReason(check("122015", "400001", "1000.01"), account, "COD_OVER_LIMIT", "DESTINATION");
        JsonNode withinLimit = available(check("122015", "400001", "1000.00"), account);
        assertThat(withinLimit.get("serviceability").asText()).isEqualTo("SERVICEABLE");
        assertThat(withinLimit.get("source").asText()).isEqualTo("TABLE");
        assertThat(withinLimit.get("oda").asBoolean()).isFalse();
        assertThat(available(check("122015", "795001", null), account).get("oda").asBoolean()).isTrue();

        JsonNode answer = check("122015", "560001", null);
        assertThat(answer.get("skipped_checks").findValuesAsText("why")).as("no parcel in the request")
                .containsExactly("the request gives no parcel weight", "the request gives no parcel dimensions");

        UUID fedex = fedexAccount();
        JsonNode unknown = available(check("122015", "560001", null), fedex);
        assertThat(unknown.get("serviceability").asText()).isEqualTo("UNKNOWN");
        assertThat(unknown.get("source").asText()).isEqualTo("NONE");
        assertThat(unknown.get("note").asText()).contains("no serviceability table", "no live check");

        String breaker = CarrierConnection.breakerName("delhivery", account);
        forcedOpen.add(breaker);
        breakers.circuitBreaker(breaker).transitionToForcedOpenState();
        assertReason(check("122015", "560001", null), account, "CIRCUIT_OPEN", null);
        assertThat(available(check("122015", "560001", null), fedex).get("serviceability").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void anotherTenantsAccountIsNotFoundAndNeverAnswered() {
        UUID account = delhiveryAccount();
        upload(account, TABLE, "INR");
        String other = tenants.create().key();

        assertThat(api.put(path(account), other, CSV, TABLE.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(api.get(path(account), other).status()).isEqualTo(404);
        assertThat(api.get(path(account) + "/csv", other).status()).isEqualTo(404);
        Api.Response theirs = api.post("/v1/serviceability", other, request("122015", "560001", null, List.of(account)));
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("available")).isEmpty();
        assertThat(theirs.json().get("excluded")).isEmpty();
        assertThat(api.get(path(account), merchant.key()).json().get("version").asInt()).as("untouched").isEqualTo(1);
        assertThat(api.get(path(UUID.randomUUID()), merchant.key()).status()).isEqualTo(404);
    }

    @Test
    void delhiverysLivePincodeCheckAnswersWithoutATableAndIsCached() {
        UUID account = delhiveryAccount();
        pincode("122015", "pincode/serviceable-122015.json");
        pincode("560001", "pincode/serviceable-560001.json");
        pincode("400001", "pincode/cod-limit-400001.json");

        JsonNode first = available(check("122015", "560001", "1499.00"), account);
        assertThat(first.get("serviceability").asText()).isEqualTo("SERVICEABLE");
        assertThat(first.get("source").asText()).isEqualTo("LIVE");
        assertThat(first.get("services").size()).isPositive();
        delhivery.verify(2, getRequestedFor(urlPathEqualTo("/c/api/pin-codes/json/")));

        JsonNode again = available(check("122015", "560001", "99.00"), account);
        assertThat(again.get("source").asText()).isEqualTo("LIVE");
        assertThat(delhivery.findAll(getRequestedFor(urlPathEqualTo("/c/api/pin-codes/json/")))).as("the second check is cached")
                .hasSize(2);

        JsonNode overLimit = excluded(check("122015", "400001", "1499.00"), account);
        assertThat(overLimit.get("reason").asText()).isEqualTo("COD_OVER_LIMIT");
        assertThat(overLimit.get("source").asText()).isEqualTo("LIVE");
        assertThat(overLimit.get("detail").asText()).contains("INR 1000");

        upload(account, TABLE, "INR");
        assertThat(available(check("122015", "560001", null), account).get("source").asText()).as("a table wins").isEqualTo("TABLE");
    }

    private void assertReason(JsonNode answer, UUID account, String reason, String end) {
        JsonNode excluded = excluded(answer, account);
        assertThat(excluded.get("reason").asText()).as(excluded.toString()).isEqualTo(reason);
        if (end == null) {
            assertThat(excluded.has("end")).isFalse();
        } else {
            assertThat(excluded.get("end").asText()).as(excluded.toString()).isEqualTo(end);
        }
        assertThat(excluded.get("detail").asText()).isNotBlank();
    }

    private UUID delhiveryAccount() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private UUID fedexAccount() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "fedex", "name", "FedEx India",
                "settings", Map.of("account_number", "740561073"),
                "credentials", Map.of("client_id", "l7a1b2c3d4e5f6", "client_secret", "s3cr3t-value")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private Api.Response upload(UUID account, String csv, String currency) {
        return api.put(path(account) + (currency == null ? "" : "?currency=" + currency), merchant.key(), CSV,
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String path(UUID account) {
        return "/v1/carrier-accounts/" + account + "/serviceability";
    }

    private JsonNode check(String origin, String destination, String cod) {
        Api.Response answer = api.post("/v1/serviceability", merchant.key(), request(origin, destination, cod, null));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, Object> request(String origin, String destination, String cod, List<UUID> accounts) {
        Map<String, Object> request = new HashMap<>();
        request.put("origin", Map.of("country", "IN", "postal_code", origin));
        request.put("destination", Map.of("country", "IN", "postal_code", destination));
        request.put("payment_mode", cod == null ? "PREPAID" : "COD");
        if (cod != null) {
            request.put("cod_amount", Map.of("amount", cod, "currency", "INR"));
        }
        if (accounts != null) {
            request.put("carrier_account_ids", accounts);
        }
        return request;
    }

    private static JsonNode available(JsonNode answer, UUID account) {
        return find(answer, "available", account);
    }

    private static JsonNode excluded(JsonNode answer, UUID account) {
        return find(answer, "excluded", account);
    }

    private static JsonNode find(JsonNode answer, String list, UUID account) {
        for (JsonNode option : answer.get(list)) {
            if (option.get("carrier_account_id").asText().equals(account.toString())) {
                return option;
            }
        }
        throw new AssertionError("account " + account + " is not in " + list + ": " + answer);
    }

    /** A refused file's mistakes as "row field". */
    private static List<String> errors(Api.Response problem) {
        assertThat(problem.status()).as(problem.toString()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        problem.json().get("errors").forEach(e -> out.add(e.get("row").asLong() + " " + e.get("field").asText()));
        return out;
    }

    private void pincode(String pin, String path) {
        delhivery.stubFor(get(urlPathEqualTo("/c/api/pin-codes/json/")).withQueryParam("filter_codes", equalTo(pin))
                .willReturn(okJson(CarrierModules.text("delhivery", "delhivery/" + path))));
    }
}

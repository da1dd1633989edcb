package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a UPS shipment through Shipgate's REST API, with UPS stubbed in WireMock by
 * answers built from its OpenAPI specs: rates, label purchase, label download, tracking, cancel.
 */
class UpsLifecycleIntegrationTests extends ApiIntegrationTest {

    private static final String AWB = "1ZCIETST0111111114";

    @AfterEach
    void resetUps() {
        CarrierMocks.server().resetAll();
    }

    @Test
    void ratesBuysTracksAndCancelsAUpsShipment() {
        WireMockServer ups = CarrierMocks.server();
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json("token.json")));
        ups.stubFor(post(urlEqualTo("/api/rating/v2409/Shop")).willReturn(json("rate-response.json")));
        ups.stubFor(post(urlEqualTo("/api/shipments/v2409/ship")).willReturn(json("ship-response.json")));
        ups.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + AWB)).willReturn(json("track-response.json")));
        ups.stubFor(delete(urlEqualTo("/api/shipments/v2409/void/cancel/" + AWB)).willReturn(json("void-response.json")));

        Api.Response account = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"),
                "credentials", Map.of("client_id", "gateway-client", "client_secret", "gateway-secret",
                        "webhook_credential", "track-alert-credential")));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        String accountId = account.json().get("id").asText();
        assertThat(account.json().get("capabilities").toString()).contains("RATES", "CREATE_SHIPMENT", "PROOF_OF_DELIVERY");

        ObjectNode rateRequest = example("rates-request.json");
        rateRequest.putArray("carrier_account_ids").add(accountId);
        Api.Response rates = api.post("/v1/rates", merchant.key(), rateRequest);
        assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
        JsonNode quotes = rates.json().get("quotes");
        assertThat(quotes.findValuesAsText("service")).containsExactly("03", "02", "01");
        assertThat(quotes.get(0).get("carrier").asText()).isEqualTo("ups");
        assertThat(Api.amount(quotes.get(0).get("total"))).isEqualByComparingTo("18.42");
        assertThat(quotes.get(0).get("service_level").asText()).isEqualTo("STANDARD");

        ObjectNode shipmentRequest = example("shipment-request.json");
        shipmentRequest.remove("carrier");
        shipmentRequest.put("carrier_account_id", accountId);
        shipmentRequest.put("service", "03");
        // handed over before the fixture's estimate (2026-11-27): an estimate before the ship date would not be kept
        shipmentRequest.putObject("options").put("ship_date", "2026-11-24");
        Api.Response created = api.post("/v1/shipments", merchant.key(), shipmentRequest, "Idempotency-Key", "ups-lifecycle-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        String id = shipment.get("id").asText();
        assertThat(shipment.get("awb").asText()).isEqualTo(AWB);
        assertThat(shipment.get("carrier").asText()).isEqualTo("ups");
        assertThat(Api.amount(shipment.get("charged_amount"))).isEqualByComparingTo("18.42");
        assertThat(shipment.get("labels").findValuesAsText("format")).contains("PNG");
        ups.verify(postRequestedFor(urlEqualTo("/api/shipments/v2409/ship"))
                .withHeader("Authorization", equalTo("Bearer eyJ-fixture-token"))
                .withRequestBody(matchingJsonPath("$.ShipmentRequest.Shipment.Service.Code", equalTo("03")))
                .withRequestBody(matchingJsonPath("$.ShipmentRequest.Shipment.Shipper.ShipperNumber", equalTo("1A2B3C")))
                .withRequestBody(matchingJsonPath("$.ShipmentRequest.Shipment.Package[0].PackageWeight.Weight", equalTo("2.5"))));

        Api.Response png = api.get("/v1/shipments/" + id + "/label?format=png", merchant.key());
        assertThat(png.status()).as(png.toString()).isEqualTo(200);
        assertThat(png.contentType()).startsWith("image/png");
        assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');

        Api.Response tracking = api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key());
        assertThat(tracking.status()).as(tracking.toString()).isEqualTo(200);
        assertThat(tracking.json().get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(tracking.json().get("estimated_delivery").asText()).isEqualTo("2026-11-27");
        JsonNode event = tracking.json().get("events").get(0);
        assertThat(event.get("carrier_code").asText()).isEqualTo("MP");
        assertThat(event.get("occurred_at").asText()).isEqualTo("2026-11-24T10:05:00-05:00");

        // UPS issues no PDF labels: the gateway lays the PNG label on a 4x6 page
        Api.Response pdf = api.get("/v1/shipments/" + id + "/label?format=pdf", merchant.key());
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(LabelScanner.pdfPageCount(pdf.bytes())).isEqualTo(1);

        Api.Response cancelled = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        ups.verify(deleteRequestedFor(urlEqualTo("/api/shipments/v2409/void/cancel/" + AWB)));
        // one token served the whole life of the shipment
        ups.verify(1, postRequestedFor(urlEqualTo("/security/v1/oauth/token")));
    }

    @Test
    void aPolledScanDatedAheadOfItsReceiptIsKeptButDoesNotDriveTheStatus() {
        WireMockServer ups = CarrierMocks.server();
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json("token.json")));
        ups.stubFor(post(urlEqualTo("/api/shipments/v2409/ship")).willReturn(json("ship-response.json")));
        // UPS's tracking answer, its one activity made a delivery dated a day ahead
        String day = clock.instant().plus(Duration.ofDays(1)).atZone(ZoneId.of("America/New_York")).toLocalDate()
                .format(DateTimeFormatter.BASIC_ISO_DATE);
        String answer = fixture("track-response.json").replace("20261124", day)
                .replace("\"type\": \"M\"", "\"type\": \"D\"").replace("\"code\": \"MP\"", "\"code\": \"KB\"")
                .replace("\"statusCode\": \"042\"", "\"statusCode\": \"011\"");
        ups.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + AWB)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(answer)));
        String accountId = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"), "credentials", Map.of("client_id", "c", "client_secret", "s")))
                .json().get("id").asText();
        ObjectNode shipmentRequest = example("shipment-request.json");
        shipmentRequest.remove("carrier");
        shipmentRequest.put("carrier_account_id", accountId);
        String id = api.post("/v1/shipments", merchant.key(), shipmentRequest).json().get("id").asText();

        JsonNode tracking = api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key()).json();

        assertThat(tracking.get("status").asText()).as(tracking.toString()).isEqualTo("MANIFESTED");
        assertThat(tracking.get("events")).as(tracking.toString()).singleElement().satisfies(event -> {
            assertThat(event.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(event.get("occurred_at").asText()).startsWith(LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE) + "T10:05:00");
        });
    }

    @Test
    void trackAlertPushesAdvanceTheShipment() {
        WireMockServer ups = CarrierMocks.server();
        ups.stubFor(post(urlEqualTo("/security/v1/oauth/token")).willReturn(json("token.json")));
        ups.stubFor(post(urlEqualTo("/api/shipments/v2409/ship")).willReturn(json("ship-response.json")));
        String accountId = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "ups", "name", "UPS",
                "settings", Map.of("account_number", "1A2B3C"),
                "credentials", Map.of("client_id", "c", "client_secret", "s", "webhook_credential", "track-alert-credential")))
                .json().get("id").asText();
        ObjectNode shipmentRequest = example("shipment-request.json");
        shipmentRequest.remove("carrier");
        shipmentRequest.put("carrier_account_id", accountId);
        String id = api.post("/v1/shipments", merchant.key(), shipmentRequest).json().get("id").asText();
        String event = fixture("trackalert-out-for-delivery.json");

        Api.Response forged = api.send("POST", "/v1/webhooks/carriers/ups/" + accountId, null, event, "credential", "guess");
        assertThat(forged.status()).isEqualTo(401);
        Api.Response accepted = api.send("POST", "/v1/webhooks/carriers/ups/" + accountId, null, event,
                "credential", "track-alert-credential");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().get("shipments").asInt()).isEqualTo(1);
        processPushes();

        JsonNode tracking = api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json();
        assertThat(tracking.get("status").asText()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(tracking.get("events").get(0).get("carrier_code").asText()).isEqualTo("OT");
    }

    private static String fixture(String name) {
        try (InputStream in = UpsLifecycleIntegrationTests.class.getResourceAsStream("/ups/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(fixture(fixture));
    }
}

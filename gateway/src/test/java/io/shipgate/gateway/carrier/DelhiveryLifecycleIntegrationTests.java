package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delhivery through the REST API, with Delhivery's answers served by {@link CarrierMocks}: an
 * India COD shipment is rated, created (pincode checked, manifested, packing slip fetched as the
 * PDF label), tracked in IST, and cancelled; COD where the pincode has none is a 422 and stores
 * nothing; a scan push with the account's webhook token raises the NDR.
 */
class DelhiveryLifecycleIntegrationTests extends ApiIntegrationTest {

    private static final String AWB = "36391910012345";
    private static final String API_TOKEN = "3c7f1a9e5b2d4086a1f3c5e7d9b0a2c4e6f8a0b1";
    private static final String WEBHOOK_TOKEN = "whk_0e4b7d2a9c1f6358";
    private static final String CREATE = "/api/cmu/create.json";

    private final WireMockServer delhivery = CarrierMocks.server();
    private UUID account;

    @BeforeEach
    void aDelhiveryAccountAndDelhiverysAnswers() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "delhivery", "name", "Delhivery B2C",
                "settings", Map.of("pickup_location", "KIRANA SURFACE"),
                "credentials", Map.of("api_token", API_TOKEN, "webhook_token", WEBHOOK_TOKEN)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().toString()).doesNotContain(API_TOKEN);
        account = UUID.fromString(created.json().get("id").asText());

        pincode("560001", "pincode/serviceable-560001.json");
        pincode("795001", "pincode/prepaid-only-795001.json");
        delhivery.stubFor(get(urlPathEqualTo("/api/kinko/v1/invoice/charges/.json")).withQueryParam("md", equalTo("E"))
                .willReturn(okJson(fixture("charges/express-cod.json"))));
        delhivery.stubFor(get(urlPathEqualTo("/api/kinko/v1/invoice/charges/.json")).withQueryParam("md", equalTo("S"))
                .willReturn(okJson(fixture("charges/surface-cod.json"))));
        delhivery.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson(fixture("manifest/success-cod.json"))));
        delhivery.stubFor(get(urlPathEqualTo("/api/p/packing_slip")).willReturn(okJson(fixture("label/packing-slip.json"))));
        delhivery.stubFor(get(urlPathEqualTo("/label-store/packing_slip/36391910012345.pdf")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody(bytes("label/packing-slip-36391910012345.pdf"))));
        delhivery.stubFor(get(urlPathEqualTo("/api/v1/packages/json/")).willReturn(okJson(fixture("tracking/manifested.json"))));
        delhivery.stubFor(post(urlEqualTo("/api/p/edit")).willReturn(okJson(fixture("edit/cancel-success.json"))));
    }

    @AfterEach
    void resetDelhivery() {
        delhivery.resetAll();
    }

    @Test
    void aCodShipmentIsRatedCreatedLabelledTrackedAndCancelled() {
        ObjectNode rates = json("rates-request.json");
        rates.putArray("carrier_account_ids").add(account.toString());
        Api.Response quoted = api.post("/v1/rates", merchant.key(), rates);
        assertThat(quoted.status()).as(quoted.toString()).isEqualTo(200);
        JsonNode quotes = quoted.json().get("quotes");
        assertThat(quotes.findValuesAsText("service")).containsExactly("surface", "express");
        assertThat(Api.amount(quotes.get(0).get("total"))).isEqualByComparingTo("148.26");
        assertThat(quotes.get(0).get("total").get("currency").asText()).isEqualTo("INR");
        assertThat(quotes.get(0).get("charges").findValuesAsText("name")).contains("Freight", "Cash on delivery", "IGST");
        delhivery.verify(getRequestedFor(urlPathEqualTo("/api/kinko/v1/invoice/charges/.json")).withQueryParam("pt", equalTo("COD"))
                .withQueryParam("cod", equalTo("1499")).withQueryParam("cgm", equalTo("1500"))
                .withHeader("Authorization", equalTo("Token " + API_TOKEN)));

        ObjectNode shipmentRequest = json("shipment-request.json");
        // handed over before the fixture's estimate (2026-11-27): an estimate before the ship date would not be kept
        ((ObjectNode) shipmentRequest.get("options")).put("ship_date", "2026-11-24");
        Api.Response created = api.post("/v1/shipments", merchant.key(), shipmentRequest, "Idempotency-Key", "dlv-life-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        String id = shipment.get("id").asText();
        assertThat(shipment.get("carrier").asText()).isEqualTo("delhivery");
        assertThat(shipment.get("awb").asText()).isEqualTo(AWB);
        assertThat(shipment.get("service").asText()).isEqualTo("surface");
        assertThat(shipment.get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(shipment.get("options").get("cod").get("currency").asText()).isEqualTo("INR");
        assertThat(shipment.get("labels").findValuesAsText("format")).containsExactly("PDF");
        delhivery.verify(postRequestedFor(urlEqualTo(CREATE)).withHeader("Content-Type", equalTo("application/x-www-form-urlencoded")));
        String data = form(delhivery.findAll(postRequestedFor(urlEqualTo(CREATE))).getFirst().getBodyAsString()).get("data");
        JsonNode sent = parse(data).get("shipments").get(0);
        assertThat(sent.get("payment_mode").asText()).isEqualTo("COD");
        assertThat(sent.get("cod_amount").decimalValue()).isEqualByComparingTo("1499");
        assertThat(sent.get("weight").asInt()).isEqualTo(1500);
        assertThat(sent.get("order").asText()).isEqualTo("ORDER-1004");
        assertThat(parse(data).get("pickup_location").get("name").asText()).isEqualTo("KIRANA SURFACE");
        delhivery.verify(getRequestedFor(urlPathEqualTo("/label-store/packing_slip/36391910012345.pdf")).withHeader("Authorization", absent()));

        Api.Response pdf = api.get("/v1/shipments/" + id + "/label?format=pdf", merchant.key());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(LabelScanner.barcodeOfPdf(pdf.bytes(), 0)).isEqualTo(AWB);
        assertThat(api.get("/v1/shipments/" + id + "/label?format=zpl", merchant.key()).status()).as("Delhivery issues PDF only").isEqualTo(404);

        Api.Response tracking = api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key());
        assertThat(tracking.status()).as(tracking.toString()).isEqualTo(200);
        assertThat(tracking.json().get("events").findValuesAsText("carrier_code")).containsExactly("X-UCI", "FMPUR-101");
        assertThat(tracking.json().get("events").findValuesAsText("status")).containsExactly("MANIFESTED", "PICKUP_PENDING");
        assertThat(tracking.json().get("events").get(0).get("occurred_at").asText()).isEqualTo("2026-11-24T10:02:11.412+05:30");
        assertThat(tracking.json().get("status").asText()).isEqualTo("PICKUP_PENDING");
        assertThat(tracking.json().get("estimated_delivery").asText()).isEqualTo("2026-11-27");

        Api.Response cancelled = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        delhivery.verify(postRequestedFor(urlEqualTo("/api/p/edit")).withRequestBody(equalToJson("""
                {"waybill": "36391910012345", "cancellation": "true"}""")));
    }

    @Test
    void codWhereThePincodeHasNoCodIsNotServiceableAndNothingIsStored() {
        ObjectNode request = json("shipment-request.json");
        ((ObjectNode) request.get("recipient")).put("postal_code", "795001").put("city", "Imphal").put("state", "MN");

        Api.Response refused = api.post("/v1/shipments", merchant.key(), request);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/carrier-not-serviceable");
        assertThat(refused.json().get("carrier").asText()).isEqualTo("delhivery");
        assertThat(fields(refused)).containsExactly("options.cod");
        assertThat(refused.json().get("detail").asText()).contains("pincode 795001");
        delhivery.verify(0, postRequestedFor(urlEqualTo(CREATE)));
        assertThat(merchantRows("shipments")).isZero();

        ObjectNode dollars = json("shipment-request.json");
        ((ObjectNode) dollars.get("options").get("cod")).put("currency", "USD");
        Api.Response usd = api.post("/v1/shipments", merchant.key(), dollars);
        assertThat(usd.status()).isEqualTo(422);
        assertThat(usd.json().get("type").asText()).endsWith("/carrier-invalid-request");
        assertThat(fields(usd)).containsExactly("options.cod.currency");
        assertThat(merchantRows("shipments")).isZero();
    }

    @Test
    void aScanPushWithTheAccountsTokenRaisesTheNdrAndOneWithoutIsRefused() {
        String id = api.post("/v1/shipments", merchant.key(), json("shipment-request.json")).json().get("id").asText();
        String push = fixture("webhook/failed-attempt-cod.json");

        Api.Response forged = api.send("POST", "/v1/webhooks/carriers/delhivery/" + account, null, push, "Authorization", "Token not-the-token");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("MANIFESTED");

        Api.Response receipt = api.send("POST", "/v1/webhooks/carriers/delhivery/" + account, null, push, "Authorization", "Token " + WEBHOOK_TOKEN);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(202);
        assertThat(receipt.json().get("shipments").asInt()).isEqualTo(1);
        processPushes();

        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("FAILED_DELIVERY");
        JsonNode events = api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("events");
        JsonNode failed = events.get(events.size() - 1);
        assertThat(failed.get("carrier_code").asText()).isEqualTo("EOD-6");
        assertThat(failed.get("ndr_reason").asText()).isEqualTo("COD_NOT_READY");
        assertThat(failed.get("occurred_at").asText()).isEqualTo("2026-11-27T14:02:55+05:30");
    }

    private void pincode(String pin, String path) {
        delhivery.stubFor(get(urlPathEqualTo("/c/api/pin-codes/json/")).withQueryParam("filter_codes", equalTo(pin))
                .willReturn(okJson(fixture(path))));
    }

    private static String fixture(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8).replace("{{base_url}}", CarrierMocks.baseUrl());
    }

    private static byte[] bytes(String path) {
        try (InputStream in = DelhiveryLifecycleIntegrationTests.class.getResourceAsStream("/delhivery/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /delhivery/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode json(String path) {
        return (ObjectNode) parse(fixture(path));
    }

    private static JsonNode parse(String json) {
        try {
            return Api.json().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8), java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}

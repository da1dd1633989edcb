package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DHL Express through the gateway's REST API, against MyDHL's published examples served by
 * WireMock: account, rates, an international label with its commercial invoice, tracking before
 * and after DHL's scans, the cancel MyDHL does not offer, proof of delivery, address validation,
 * and a refusal that stores nothing.
 */
class DhlExpressLifecycleIntegrationTests extends ApiIntegrationTest {

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("dhl-key:dhl-secret".getBytes(StandardCharsets.UTF_8));
    private static final WireMockServer DHL = CarrierMocks.server();

    private String accountId;

    @BeforeEach
    void aDhlExpressAccount() {
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "dhl-express", "name", "DHL Express",
                "settings", Map.of("account_number", "123456789"),
                "credentials", Map.of("api_key", "dhl-key", "api_secret", "dhl-secret")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        accountId = created.json().get("id").asText();
        assertThat(created.json().get("credential_fields")).hasSize(2);
        assertThat(created.toString()).doesNotContain("dhl-secret");
    }

    @AfterEach
    void forgetTheStubs() {
        DHL.resetAll();
    }

    @Test
    void anInternationalParcelGoesFromQuoteToProofOfDelivery() {
        JsonNode capabilities = api.get("/v1/carrier-accounts/" + accountId, merchant.key()).json().get("capabilities");
        assertThat(capabilities.toString()).contains("RATES", "CREATE_SHIPMENT", "TRACK", "PROOF_OF_DELIVERY").doesNotContain("CANCEL_SHIPMENT");

        // rates
        DHL.stubFor(post("/rates").willReturn(okJson(fixture("rate-response.json"))));
        ObjectNode order = example("shipment-international-request.json");
        order.remove("carrier");
        ObjectNode rateRequest = order.deepCopy();
        rateRequest.retain("shipper", "recipient", "parcels", "options", "customs");
        rateRequest.putArray("carrier_account_ids").add(accountId);
        Api.Response rates = api.post("/v1/rates", merchant.key(), rateRequest);
        assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
        JsonNode quote = rates.json().get("quotes").get(0);
        assertThat(quote.get("carrier").asText()).isEqualTo("dhl-express");
        assertThat(quote.get("service").asText()).isEqualTo("P");
        assertThat(quote.get("service_level").asText()).isEqualTo("EXPRESS");
        assertThat(Api.amount(quote.get("total"))).isEqualByComparingTo("89.25");
        assertThat(quote.get("total").get("currency").asText()).isEqualTo("EUR");
        assertThat(quote.get("estimated_delivery").asText()).isEqualTo("2024-11-07");
        DHL.verify(postRequestedFor(urlEqualTo("/rates")).withHeader("Authorization", equalTo(AUTHORIZATION))
                .withRequestBody(matchingJsonPath("$.unitOfMeasurement", equalTo("imperial"))));

        // the label, with DHL's commercial invoice
        DHL.stubFor(post("/shipments").willReturn(okJson(fixture("shipment-response.json")).withStatus(201)));
        order.put("carrier_account_id", accountId);
        order.put("service", quote.get("service").asText());
        Api.Response created = api.post("/v1/shipments", merchant.key(), order, "Idempotency-Key", "dhl-life-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        String id = shipment.get("id").asText();
        assertThat(shipment.get("carrier").asText()).isEqualTo("dhl-express");
        assertThat(shipment.get("awb").asText()).isEqualTo("1234567890");
        assertThat(shipment.get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(Api.amount(shipment.get("charged_amount"))).isEqualByComparingTo("147.50");
        assertThat(shipment.get("parcels").get(0).get("tracking_number").asText()).isEqualTo("JD014600001234567890");
        assertThat(shipment.get("labels").findValuesAsText("format")).containsExactly("PDF");
        assertThat(shipment.get("documents").findValuesAsText("type")).contains("COMMERCIAL_INVOICE");
        DHL.verify(postRequestedFor(urlEqualTo("/shipments"))
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withHeader("Message-Reference", matching("[0-9a-f-]{36}"))
                .withRequestBody(matchingJsonPath("$.productCode", equalTo("P")))
                .withRequestBody(matchingJsonPath("$.content.incoterm", equalTo("DAP")))
                .withRequestBody(matchingJsonPath("$.content.exportDeclaration.lineItems[0].commodityCodes[0].value", equalTo("610910")))
                .withRequestBody(matchingJsonPath("$.customerDetails.receiverDetails.registrationNumbers[0].typeCode", equalTo("EOR")))
                .withRequestBody(matchingJsonPath("$.outputImageProperties.imageOptions[?(@.typeCode == 'invoice')]")));

        Api.Response pdf = api.get("/v1/shipments/" + id + "/label?format=pdf", merchant.key());
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
        assertThat(api.get("/v1/shipments/" + id + "/label?format=zpl", merchant.key()).status()).isEqualTo(404);
        String invoiceUrl = documentUrl(shipment, "COMMERCIAL_INVOICE");
        Api.Response invoice = api.get(invoiceUrl, merchant.key());
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(200);
        assertThat(invoice.contentType()).isEqualTo("application/pdf");

        // tracking before DHL's first scan: DHL has no record of the AWB yet (NOT_FOUND), the shipment stays manifested
        DHL.stubFor(get(urlPathEqualTo("/shipments/1234567890/tracking")).willReturn(problem(404, "tracking-not-found.json")));
        Api.Response unscanned = api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key());
        assertThat(unscanned.status()).as(unscanned.toString()).isEqualTo(200);
        assertThat(unscanned.json().get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(unscanned.json().get("refresh_error").asText()).startsWith("NOT_FOUND");

        // MyDHL voids no label: the gateway says so and the shipment stays as it was
        Api.Response cancel = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(cancel.status()).isEqualTo(422);
        assertThat(cancel.json().get("type").asText()).endsWith("/capability-not-supported");
        assertThat(cancel.json().get("capability").asText()).isEqualTo("CANCEL_SHIPMENT");
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("MANIFESTED");

        // tracking once DHL delivered: every checkpoint with its place's offset
        DHL.stubFor(get(urlPathEqualTo("/shipments/1234567890/tracking")).willReturn(okJson(fixture("tracking-response.json"))));
        JsonNode tracking = api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key()).json();
        assertThat(tracking.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(tracking.get("status_code").asInt()).isEqualTo(9);
        assertThat(tracking.get("events").findValuesAsText("carrier_code")).containsSubsequence("PU", "PL", "OK");
        JsonNode pickedUp = find(tracking.get("events"), "PU");
        assertThat(pickedUp.get("occurred_at").asText()).isEqualTo("2024-11-05T10:00:00+01:00");
        assertThat(pickedUp.get("location").get("country").asText()).isEqualTo("CZ");
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("DELIVERED");

        // proof of delivery
        DHL.stubFor(get(urlPathEqualTo("/shipments/1234567890/proof-of-delivery"))
                .willReturn(okJson(fixture("proof-of-delivery-response.json"))));
        Api.Response proof = api.get("/v1/shipments/" + id + "/proof-of-delivery", merchant.key());
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(proof.json().get("signed_by").asText()).isEqualTo("J. Smith");
        assertThat(proof.json().get("delivered_at").asText()).startsWith("2024-11-07T18:00");
        assertThat(proof.json().get("documents").get(0).get("content_type").asText()).isEqualTo("application/pdf");
    }

    @Test
    void dhlJudgesAnAddressByItsCityAndPostalCode() {
        DHL.stubFor(get(urlPathEqualTo("/address-validate")).willReturn(okJson(fixture("address-validation-response.json"))));

        JsonNode validation = api.post("/v1/addresses/validate", merchant.key(), Map.of("carrier_account_id", accountId,
                "address", Map.of("street1", "123 Main Street", "city", "New York", "postal_code", "10001", "country", "US"))).json();

        assertThat(validation.get("verdict").asText()).isEqualTo("VALID");
        assertThat(validation.get("candidates").get(0).get("city").asText()).isEqualTo("NEW YORK");
        assertThat(validation.get("messages").get(0).asText()).isEqualTo("Address has been corrected");
    }

    @Test
    void aLabelDhlRefusesOrCannotSellStoresNothing() {
        DHL.stubFor(post("/shipments").willReturn(problem(422, "validation-error.json")));
        ObjectNode order = example("shipment-international-request.json");
        order.remove("carrier");
        order.put("carrier_account_id", accountId);

        Api.Response refused = api.post("/v1/shipments", merchant.key(), order);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/carrier-invalid-request");
        assertThat(refused.json().get("carrier").asText()).isEqualTo("dhl-express");
        assertThat(fields(refused)).containsExactly("recipient.city");

        ObjectNode cod = example("shipment-request.json");
        cod.remove("carrier");
        cod.put("carrier_account_id", accountId);
        cod.putObject("options").putObject("cod").put("amount", 25).put("currency", "USD");
        Api.Response noCod = api.post("/v1/shipments", merchant.key(), cod);
        assertThat(noCod.status()).as(noCod.toString()).isEqualTo(422);
        assertThat(noCod.json().get("type").asText()).endsWith("/carrier-not-serviceable");

        DHL.verify(exactly(1), postRequestedFor(urlEqualTo("/shipments")));
        assertThat(merchantRows("shipments")).isZero();
    }

    private static String documentUrl(JsonNode shipment, String type) {
        for (JsonNode document : shipment.get("documents")) {
            if (type.equals(document.get("type").asText())) {
                return document.get("url").asText();
            }
        }
        throw new AssertionError("no " + type + " document in " + shipment.get("documents"));
    }

    private static JsonNode find(JsonNode events, String carrierCode) {
        for (JsonNode event : events) {
            if (carrierCode.equals(event.get("carrier_code").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + carrierCode + " event in " + events);
    }

    private static ResponseDefinitionBuilder problem(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(fixture(fixture));
    }

    private static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/dhl-express/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

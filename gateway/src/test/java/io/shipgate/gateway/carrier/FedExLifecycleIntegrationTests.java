package io.shipgate.gateway.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.shipgate.carrier.fedex.webhook.FedExWebhookMapper;
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

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant's FedEx account driven through Shipgate's REST API, FedEx answering with its published
 * examples (WireMock): rates, then a label, the label's PDF, tracking, and the cancellation.
 */
class FedExLifecycleIntegrationTests extends ApiIntegrationTest {

    private static final String AWB = "794791341818";

    private final WireMockServer fedex = CarrierMocks.server();

    @BeforeEach
    void fedexAnswersWithItsPublishedExamples() {
        fedex.stubFor(post(urlEqualTo("/oauth/token")).withRequestBody(equalTo(
                "grant_type=client_credentials&client_id=fedex-api-key&client_secret=fedex-secret-key"))
                .willReturn(okJson(fixture("token_response.json"))));
        fedex.stubFor(post(urlEqualTo("/rate/v1/rates/quotes")).willReturn(okJson(fixture("rating_response_canada.json"))));
        fedex.stubFor(post(urlEqualTo("/ship/v1/shipments")).willReturn(okJson(fixture("ship_response_single.json"))));
        fedex.stubFor(post(urlEqualTo("/track/v1/trackingnumbers")).willReturn(okJson(fixture("tracking_response_label_created.json"))));
        fedex.stubFor(put(urlEqualTo("/ship/v1/shipments/cancel")).willReturn(okJson(fixture("cancel_response.json"))));
    }

    @AfterEach
    void resetFedEx() {
        fedex.resetAll();
    }

    @Test
    void aFedExShipmentIsQuotedLabelledTrackedAndCancelled() {
        Api.Response account = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "fedex", "name", "FedEx US",
                "settings", Map.of("account_number", "740561073"),
                "credentials", Map.of("client_id", "fedex-api-key", "client_secret", "fedex-secret-key")));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        assertThat(account.json().get("capabilities").toString()).contains("PROOF_OF_DELIVERY").doesNotContain("NDR_ACTION");
        assertThat(account.toString()).doesNotContain("fedex-secret-key");

        Api.Response rates = api.post("/v1/rates", merchant.key(), example("rates-request.json"));
        assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
        JsonNode quote = rates.json().get("quotes").get(0);
        assertThat(quote.get("carrier").asText()).isEqualTo("fedex");
        assertThat(quote.get("service").asText()).isEqualTo("FEDEX_EXPRESS_SAVER");
        assertThat(Api.amount(quote.get("total"))).isEqualByComparingTo("38.54");
        assertThat(quote.get("total").get("currency").asText()).isEqualTo("USD");

        ObjectNode order = example("shipment-request.json");
        order.put("carrier", "fedex");
        order.remove("service_level");
        order.put("service", quote.get("service").asText());
        Api.Response created = api.post("/v1/shipments", merchant.key(), order, "Idempotency-Key", "fedex-life-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        String id = shipment.get("id").asText();
        assertThat(shipment.get("carrier").asText()).isEqualTo("fedex");
        assertThat(shipment.get("awb").asText()).isEqualTo(AWB);
        assertThat(shipment.get("status").asText()).isEqualTo("MANIFESTED");
        assertThat(Api.amount(shipment.get("charged_amount"))).isEqualByComparingTo("4448.19");
        assertThat(shipment.get("labels").findValuesAsText("format")).containsExactly("PDF");
        fedex.verify(postRequestedFor(urlEqualTo("/ship/v1/shipments"))
                .withHeader("Authorization", equalTo("Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.test-token-1"))
                .withRequestBody(equalToJson("""
                        {"accountNumber": {"value": "740561073"},
                         "requestedShipment": {"serviceType": "FEDEX_EXPRESS_SAVER",
                           "requestedPackageLineItems": [{"weight": {"units": "LB", "value": 2.5},
                             "dimensions": {"length": 12, "width": 9, "height": 6, "units": "IN"},
                             "customerReferences": [{"customerReferenceType": "CUSTOMER_REFERENCE", "value": "ORDER-1001"}]}]}}""",
                        false, true)));

        Api.Response pdf = api.get("/v1/shipments/" + id + "/label?format=pdf", merchant.key());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Api.Response tracking = api.get("/v1/shipments/" + id + "/tracking", merchant.key());
        assertThat(tracking.status()).as(tracking.toString()).isEqualTo(200);
        assertThat(tracking.json().get("status").asText()).isEqualTo("MANIFESTED");
        JsonNode event = tracking.json().get("events").get(0);
        assertThat(event.get("carrier_code").asText()).isEqualTo("OC");
        assertThat(event.get("occurred_at").asText()).endsWith("-07:00");

        Api.Response cancelled = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        fedex.verify(putRequestedFor(urlEqualTo("/ship/v1/shipments/cancel"))
                .withRequestBody(equalToJson("{\"trackingNumber\": \"" + AWB + "\", \"deletionControl\": \"DELETE_ALL_PACKAGES\"}", false, true)));
        fedex.verify(exactly(1), postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void signedTrackingPushesAdvanceTheShipment() {
        String accountId = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", "fedex", "name", "FedEx pushes",
                "settings", Map.of("account_number", "740561073"),
                "credentials", Map.of("client_id", "fedex-api-key", "client_secret", "fedex-secret-key",
                        "webhook_security_token", "aiv-token"))).json().get("id").asText();
        ObjectNode request = example("shipment-request.json");
        request.remove("carrier");
        request.put("carrier_account_id", accountId);
        String id = api.post("/v1/shipments", merchant.key(), request).json().get("id").asText();
        String push = fixture("tracking_push_picked_up.json");
        String signature = java.util.Base64.getEncoder().encodeToString(
                FedExWebhookMapper.sign("aiv-token", push.getBytes(StandardCharsets.UTF_8)));

        assertThat(api.send("POST", "/v1/webhooks/carriers/fedex/" + accountId, null, push, "fdx-signature", "AAAA").status())
                .isEqualTo(401);
        Api.Response accepted = api.send("POST", "/v1/webhooks/carriers/fedex/" + accountId, null, push, "fdx-signature", signature);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().get("shipments").asInt()).isEqualTo(1);
        processPushes();
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo("PICKED_UP");
    }

    private static String fixture(String name) {
        try (InputStream in = FedExLifecycleIntegrationTests.class.getResourceAsStream("/fedex/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /fedex/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.shipgate.gateway.carrier.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Label;
import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Purchase;
import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Rates;
import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Tracking;
import io.shipgate.gateway.carrier.lifecycle.CarrierScenario.Webhook;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import io.shipgate.gateway.testing.CarrierMocks;
import io.shipgate.gateway.testing.CarrierModules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registered carrier's whole life through the REST API, one scenario per carrier read from its
 * adapter module ({@code <code>/lifecycle/scenario.json}, {@link CarrierScenario}); the real
 * carriers answer from WireMock with their module's fixtures, the sandbox from the simulator the
 * gateway runs. Steps follow the carrier's declared capabilities: account, rates, purchase (with an
 * idempotency key), each label format, tracking refreshes, proof of delivery, cancel (or its
 * refusal where the carrier offers none), then what the carrier received; and, for carriers with
 * tracking pushes, a forged push refused and a genuine one advancing the shipment.
 */
class CarrierLifecycleIntegrationTests extends ApiIntegrationTest {

    static List<String> registeredCarriers() {
        return CarrierModules.codes();
    }

    @AfterEach
    void forgetTheStubs() {
        CarrierMocks.server().resetAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredCarriers")
    void aShipmentIsQuotedBoughtLabelledTrackedAndCancelled(String carrier) {
        CarrierScenario scenario = CarrierScenario.of(carrier);
        CarrierAdapter adapter = adapter(carrier);
        ScenarioMocks mocks = new ScenarioMocks(carrier, CarrierMocks.server());
        mocks.stub(scenario.stubs());
        String account = account(carrier, scenario);
        ObjectNode order = order(carrier, scenario, account);

        if (declares(adapter, Capability.RATES)) {
            assertThat(scenario.rates()).as(carrier + " quotes: its scenario needs rates").isNotNull();
            rates(carrier, scenario.rates(), order, account);
        }
        assertThat(declares(adapter, Capability.CREATE_SHIPMENT)).as(carrier + " sells labels").isTrue();
        JsonNode shipment = purchase(carrier, scenario.purchase(), order);
        String id = shipment.get("id").asText();
        String awb = shipment.get("awb").asText();
        assertThat(scenario.labels()).as(carrier + ": its scenario downloads labels").isNotEmpty();
        scenario.labels().forEach(label -> label(id, awb, label));
        boolean cancels = declares(adapter, Capability.CANCEL_SHIPMENT);
        if (!cancels) {
            // refused while the shipment could still be cancelled, and the shipment stays as it was
            cancelRefused(id, shipment.get("status").asText());
        }
        if (declares(adapter, Capability.TRACK)) {
            assertThat(scenario.tracking()).as(carrier + " tracks: its scenario needs tracking").isNotEmpty();
            for (Tracking step : scenario.tracking()) {
                mocks.stub(step.stubs());
                tracking(carrier, id, step);
            }
        }
        if (scenario.proofOfDelivery() != null) {
            mocks.stub(scenario.proofOfDelivery().stubs());
            Api.Response proof = api.get("/v1/shipments/" + id + "/proof-of-delivery", merchant.key());
            assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
            scenario.proofOfDelivery().fields().forEach((field, value) ->
                    ScenarioMocks.assertField(proof.json(), field, value, carrier + " proof of delivery"));
        }
        if (cancels) {
            assertThat(scenario.cancel()).as(carrier + " cancels: its scenario needs cancel").isNotNull();
            Api.Response cancelled = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(scenario.cancel().httpStatus());
            assertThat(cancelled.json().get("status").asText()).isEqualTo(scenario.cancel().status());
        }
        mocks.verify(scenario.verify());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredCarriers")
    void aTrackingPushAdvancesTheShipmentAndAForgedOneIsRefused(String carrier) {
        CarrierScenario scenario = CarrierScenario.of(carrier);
        Webhook push = scenario.webhook();
        if (push == null) {
            assertThat(declares(adapter(carrier), Capability.WEBHOOK_TRACKING))
                    .as(carrier + " declares WEBHOOK_TRACKING: its scenario needs a webhook").isFalse();
            Assumptions.abort(carrier + " receives no tracking pushes");
        }
        new ScenarioMocks(carrier, CarrierMocks.server()).stub(scenario.stubs());
        String account = account(carrier, scenario);
        JsonNode shipment = api.post("/v1/shipments", merchant.key(), order(carrier, scenario, account)).json();
        String id = shipment.get("id").asText();
        String before = shipment.get("status").asText();
        String body = CarrierModules.text(carrier, push.body()).replace("{{awb}}", shipment.get("awb").asText());
        String path = "/v1/webhooks/carriers/" + carrier + "/" + account;

        Api.Response forged = api.send("POST", path, null, body, headers(push.forgedHeaders()));
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo(before);

        Map<String, String> genuine = new HashMap<>(push.headers() == null ? Map.of() : push.headers());
        if (push.signature() != null) {
            genuine.put(push.signature().header(), ScenarioSignatures.sign(push.signature(), body.getBytes(StandardCharsets.UTF_8)));
        }
        Api.Response accepted = api.send("POST", path, null, body, headers(genuine));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().get("shipments").asInt()).isEqualTo(push.accepted());
        processPushes(); // the push is stored and answered first, processed after
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo(push.status());
        if (push.eventsInOrder() != null) {
            JsonNode events = api.get("/v1/shipments/" + id + "/tracking", merchant.key()).json().get("events");
            ScenarioEvents.assertInOrder(carrier + " after the push", events, push.eventsInOrder());
        }
    }

    private String account(String carrier, CarrierScenario scenario) {
        CarrierScenario.Account wanted = scenario.account();
        Api.Response created = api.post("/v1/carrier-accounts", merchant.key(), Map.of("carrier", carrier, "name", wanted.name(),
                "settings", wanted.settings() == null ? Map.of() : wanted.settings(), "credentials", wanted.credentials()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        for (String secret : wanted.credentials().values()) {
            assertThat(created.toString()).as("credentials are write-only").doesNotContain(secret);
        }
        String capabilities = created.json().get("capabilities").toString();
        if (wanted.capabilities() != null) {
            assertThat(capabilities).contains(wanted.capabilities());
        }
        if (wanted.notCapabilities() != null) {
            wanted.notCapabilities().forEach(capability -> assertThat(capabilities).doesNotContain(capability));
        }
        return created.json().get("id").asText();
    }

    private static ObjectNode order(String carrier, CarrierScenario scenario, String account) {
        CarrierScenario.Request wanted = scenario.request();
        ObjectNode order = wanted.file() != null
                ? (ObjectNode) ScenarioMocks.parse(CarrierModules.text(carrier, wanted.file()))
                : example(wanted.example());
        order.remove("carrier");
        if (wanted.remove() != null) {
            order.remove(wanted.remove());
        }
        if (wanted.set() != null) {
            wanted.set().forEach((member, value) -> {
                int dot = member.lastIndexOf('.');
                ObjectNode parent = dot < 0 ? order : order.withObject("/" + member.substring(0, dot).replace('.', '/'));
                parent.set(member.substring(dot + 1), value);
            });
        }
        order.put("carrier_account_id", account);
        return order;
    }

    private void rates(String carrier, Rates expected, ObjectNode order, String account) {
        ObjectNode request = order.deepCopy();
        request.retain("shipper", "recipient", "parcels", "options", "customs");
        request.putArray("carrier_account_ids").add(account);
        Api.Response rates = api.post("/v1/rates", merchant.key(), request);
        assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
        JsonNode quotes = rates.json().get("quotes");
        assertThat(quotes).as(rates.toString()).isNotEmpty();
        assertThat(quotes.findValuesAsText("carrier")).containsOnly(carrier);
        if (expected.services() != null) {
            assertThat(quotes.findValuesAsText("service")).as(carrier + " quotes").containsExactlyElementsOf(expected.services());
        }
        JsonNode first = quotes.get(0);
        if (expected.total() != null) {
            assertThat(Api.amount(first.get("total"))).as(carrier + " first quote").isEqualByComparingTo(expected.total());
        }
        if (expected.currency() != null) {
            assertThat(first.get("total").get("currency").asText()).isEqualTo(expected.currency());
        }
        if (expected.serviceLevel() != null) {
            assertThat(first.get("service_level").asText()).isEqualTo(expected.serviceLevel());
        }
        if (expected.estimatedDelivery() != null) {
            assertThat(first.get("estimated_delivery").asText()).isEqualTo(expected.estimatedDelivery());
        }
        if (expected.charges() != null) {
            assertThat(first.get("charges").findValuesAsText("name")).containsAll(expected.charges());
        }
        if (expected.warnings() != null) {
            // what the carrier said beside its quotes reaches the answer (issue 15: errors as data beside partial results)
            JsonNode warnings = rates.json().get("warnings");
            assertThat(warnings.findValuesAsText("code")).as(carrier + " warnings: " + warnings).containsAll(expected.warnings());
            if (expected.warnings().isEmpty()) {
                assertThat(warnings).as(carrier + " warnings").isEmpty();
            } else {
                assertThat(warnings.findValuesAsText("carrier")).containsOnly(carrier);
                assertThat(warnings.findValuesAsText("carrier_account_id")).containsOnly(account);
            }
        }
    }

    private JsonNode purchase(String carrier, Purchase expected, ObjectNode order) {
        Api.Response created = api.post("/v1/shipments", merchant.key(), order, "Idempotency-Key", carrier + "-lifecycle-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shipment = created.json();
        assertThat(shipment.get("carrier").asText()).isEqualTo(carrier);
        assertThat(shipment.get("awb").asText()).isNotBlank();
        Api.Response again = api.post("/v1/shipments", merchant.key(), order, "Idempotency-Key", carrier + "-lifecycle-1");
        assertThat(again.json().get("id")).as("the same key buys once: " + again).isEqualTo(shipment.get("id"));
        if (expected.awb() != null) {
            assertThat(shipment.get("awb").asText()).isEqualTo(expected.awb());
        }
        if (expected.status() != null) {
            assertThat(shipment.get("status").asText()).isEqualTo(expected.status());
        }
        if (expected.service() != null) {
            assertThat(shipment.get("service").asText()).isEqualTo(expected.service());
        }
        if (expected.charged() != null) {
            assertThat(Api.amount(shipment.get("charged_amount"))).isEqualByComparingTo(expected.charged());
        }
        if (expected.labelFormats() != null) {
            assertThat(shipment.get("labels").findValuesAsText("format")).containsExactlyInAnyOrderElementsOf(expected.labelFormats());
        }
        if (expected.trackingNumbers() != null) {
            assertThat(shipment.get("parcels").findValuesAsText("tracking_number")).containsExactlyElementsOf(expected.trackingNumbers());
        }
        if (expected.fields() != null) {
            expected.fields().forEach((field, value) -> ScenarioMocks.assertField(shipment, field, value, carrier + " shipment"));
        }
        if (expected.documents() != null) {
            for (CarrierScenario.Document document : expected.documents()) {
                Api.Response fetched = api.get(documentUrl(shipment, document.type()), merchant.key());
                assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
                assertThat(fetched.contentType()).isEqualTo(document.contentType());
            }
        }
        return shipment;
    }

    private void label(String id, String awb, Label expected) {
        Api.Response label = api.get("/v1/shipments/" + id + "/label?format=" + expected.format(), merchant.key());
        int status = expected.status() == null ? 200 : expected.status();
        assertThat(label.status()).as(expected.format() + " label: " + label).isEqualTo(status);
        if (status != 200) {
            return;
        }
        assertThat(label.contentType()).startsWith(expected.contentType());
        byte[] bytes = label.bytes();
        switch (expected.contentType()) {
            case "application/pdf" -> assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            case "image/png" -> assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
            default -> assertThat(new String(bytes, StandardCharsets.UTF_8).strip()).startsWith("^XA").endsWith("^XZ");
        }
        if (expected.pages() != null) {
            assertThat(LabelScanner.pdfPageCount(bytes)).isEqualTo(expected.pages());
        }
        if (Boolean.TRUE.equals(expected.barcode())) {
            String barcode = expected.contentType().equals("image/png") ? LabelScanner.barcodeOfPng(bytes) : LabelScanner.barcodeOfPdf(bytes, 0);
            assertThat(barcode).isEqualTo(awb);
        }
    }

    private void tracking(String carrier, String id, Tracking expected) {
        Api.Response tracking = api.get("/v1/shipments/" + id + "/tracking?refresh=true", merchant.key());
        assertThat(tracking.status()).as(tracking.toString()).isEqualTo(200);
        JsonNode answer = tracking.json();
        assertThat(answer.get("status").asText()).as(tracking.toString()).isEqualTo(expected.status());
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo(expected.status());
        if (expected.statusCode() != null) {
            assertThat(answer.get("status_code").asInt()).isEqualTo(expected.statusCode());
        }
        if (expected.estimatedDelivery() != null) {
            assertThat(answer.get("estimated_delivery").asText()).isEqualTo(expected.estimatedDelivery());
        }
        if (expected.events() != null) {
            assertThat(answer.get("events")).as(tracking.toString()).hasSize(expected.events());
        }
        if (expected.eventsInOrder() != null) {
            ScenarioEvents.assertInOrder(carrier + " tracking", answer.get("events"), expected.eventsInOrder());
        }
        if (expected.refreshError() == null) {
            assertThat(answer.has("refresh_error")).as(carrier + " refreshed without error: " + tracking).isFalse();
        } else {
            assertThat(answer.path("refresh_error").asText()).as(tracking.toString()).startsWith(expected.refreshError());
        }
    }

    private void cancelRefused(String id, String status) {
        Api.Response refused = api.post("/v1/shipments/" + id + "/cancel", merchant.key(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/capability-not-supported");
        assertThat(refused.json().get("capability").asText()).isEqualTo("CANCEL_SHIPMENT");
        assertThat(api.get("/v1/shipments/" + id, merchant.key()).json().get("status").asText()).isEqualTo(status);
    }

    private static CarrierAdapter adapter(String carrier) {
        return CarrierModules.registered().stream().filter(a -> a.code().equals(carrier)).findFirst().orElseThrow();
    }

    private static boolean declares(CarrierAdapter adapter, Capability capability) {
        return adapter.descriptor().capabilities().operations().contains(capability);
    }

    private static String documentUrl(JsonNode shipment, String type) {
        for (JsonNode document : shipment.get("documents")) {
            if (type.equals(document.get("type").asText())) {
                return document.get("url").asText();
            }
        }
        throw new AssertionError("no " + type + " document in " + shipment.get("documents"));
    }

    private static String[] headers(Map<String, String> headers) {
        return headers == null ? new String[0] : headers.entrySet().stream()
                .flatMap(header -> Stream.of(header.getKey(), header.getValue())).toArray(String[]::new);
    }
}

package io.shipgate.gateway.platform.openapi;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.json is the running application's document, and the document is one an SDK can be
 * generated from: unique camelCase operation ids, typed answers, problem answers, examples, every
 * field described, money as decimal strings, security where it applies.
 *
 * <p>Regenerate docs/openapi.json with {@code ./mvnw -B -pl gateway -am verify -Popenapi} (docs/api.md):
 * this test then writes the live document there instead of comparing.
 */
@GatewayIntegrationTest
class OpenApiDocumentIntegrationTests {

    static final Path COMMITTED = Path.of("../docs/openapi.json");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z]+([A-Z][a-z0-9]*)*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    private JsonNode live() {
        Api.Response answer = new Api(port).get("/v3/api-docs", null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void docsOpenapiJsonIsTheRunningApplicationsDocument() throws IOException {
        JsonNode live = live();
        String rendered = render(live);
        Files.writeString(Path.of("target/openapi.json"), rendered, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("shipgate.openapi.update")) {
            Files.writeString(COMMITTED, rendered, StandardCharsets.UTF_8);
        }
        JsonNode committed = Api.json().readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        diff("", committed, live, differences);
        assertThat(differences).as("docs/openapi.json differs from the running application's /v3/api-docs (the live one is in "
                + "gateway/target/openapi.json); regenerate it: ./mvnw -B -pl gateway -am verify -Popenapi").isEmpty();
    }

    @Test
    void everyOperationHasACamelCaseIdTypedAnswersProblemsAndExamples() {
        Set<String> ids = new TreeSet<>();
        operations(live()).forEach((where, operation) -> {
            String id = operation.path("operationId").asText();
            assertThat(id).as(where).matches(CAMEL_CASE);
            assertThat(ids.add(id)).as("%s: operation id %s is unique", where, id).isTrue();
            assertThat(operation.path("summary").asText()).as(where).isNotBlank();
            JsonNode responses = operation.get("responses");
            List<String> successes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    successes.add(code);
                } else {
                    assertThat(responses.get(code).path("$ref").asText()).as("%s %s", where, code).startsWith("#/components/responses/");
                }
            });
            assertThat(successes).as(where).hasSize(1);
            JsonNode content = responses.get(successes.getFirst()).get("content");
            assertThat(content).as("%s: a typed answer", where).isNotNull();
            content.fieldNames().forEachRemaining(type -> assertThat(type).as(where).doesNotContain("*"));
            if (content.has("application/json")) {
                assertThat(content.get("application/json").path("examples").size()).as("%s: answer example", where).isPositive();
            }
            if (operation.has("requestBody")) {
                JsonNode body = operation.get("requestBody").get("content");
                body.fieldNames().forEachRemaining(type -> assertThat(type).as(where).doesNotContain("*"));
                // a JSON body has example files; a file upload (CSV, JSON lines) an example text in its schema
                body.fields().forEachRemaining(type -> assertThat(type.getKey().equals("application/json")
                        ? type.getValue().path("examples").size() > 0 : type.getValue().path("schema").has("example"))
                        .as("%s: request example of %s", where, type.getKey()).isTrue());
            }
            assertThat(responses.has("400")).as("%s: 400", where).isTrue();
            assertThat(responses.has("500")).as("%s: 500", where).isTrue();
        });
        assertThat(ids).contains("shopRates", "createShipment", "listShipments", "getShipment", "getLabel", "getTracking",
                "cancelShipment", "createCarrierAccount", "receiveCarrierWebhook", "createTenant");
    }

    @Test
    void everySchemaAndPropertyIsDescribed() {
        live().get("components").get("schemas").fields().forEachRemaining(schema -> {
            JsonNode properties = schema.getValue().get("properties");
            if (properties == null) {
                assertThat(schema.getValue().has("enum") || schema.getValue().has("description")).as(schema.getKey()).isTrue();
                return;
            }
            assertThat(schema.getValue().path("description").asText()).as(schema.getKey()).isNotBlank();
            properties.fields().forEachRemaining(p -> assertThat(p.getValue().path("description").asText())
                    .as("%s.%s", schema.getKey(), p.getKey()).isNotBlank());
        });
    }

    @Test
    void closedSetsAreNamedEnumsAndMoneyIsADecimalString() {
        JsonNode live = live();
        JsonNode schemas = live.get("components").get("schemas");
        for (String name : List.of("TrackingStatus", "LabelFormat", "ServiceLevel", "WeightUnit", "DimensionUnit", "SignatureOption",
                "Incoterm", "NdrReason", "TaxIdType", "ApiKeyKind")) {
            assertThat(schemas.path(name).path("enum").size()).as(name).isPositive();
        }
        JsonNode amount = schemas.get("MoneyView").get("properties").get("amount");
        assertThat(amount.get("type").asText()).isEqualTo("string");
        assertThat(amount.get("format").asText()).isEqualTo("decimal");
        JsonNode format = parameter(live.get("paths").get("/v1/shipments/{id}/label").get("get"), "format");
        assertThat(format.get("schema").get("enum")).extracting(JsonNode::asText).containsExactly("pdf", "zpl", "png");
    }

    @Test
    void tenantsUseTheirKeyOperatorsTheirsAndCarrierWebhooksNone() {
        JsonNode live = live();
        operations(live).forEach((where, operation) -> {
            JsonNode security = operation.get("security");
            assertThat(security).as(where).isNotNull();
            if (where.contains("/v1/webhooks/carriers/") || where.contains("/v1/integrations/shopify/{slug}/")) {
                assertThat(security).as(where).isEmpty();
                assertThat(operation.get("responses").has("401")).isTrue();
            } else {
                String scheme = where.contains("/v1/admin/") ? "operatorKey" : "apiKey";
                assertThat(security.get(0).has(scheme)).as(where).isTrue();
                assertThat(operation.get("responses").has("429")).as(where).isTrue();
            }
        });
        assertThat(live.has("security")).as("no global security: each operation says its own").isFalse();
        assertThat(live.get("paths").fieldNames()).toIterable().noneMatch(p -> p.startsWith("/actuator") || p.startsWith("/v3"));
        JsonNode created = live.get("paths").get("/v1/shipments").get("post").get("responses").get("201").get("headers");
        assertThat(created.has("Location")).isTrue();
        assertThat(created.has("Idempotent-Replayed")).isTrue();
        assertThat(parameter(live.get("paths").get("/v1/shipments").get("post"), "Idempotency-Key").get("in").asText()).isEqualTo("header");
    }

    /** The document as docs/openapi.json holds it: two-space indentation, "key": value, a final newline. */
    static String render(JsonNode document) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return Api.json().writer(printer).writeValueAsString(document) + "\n";
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.get("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    /** The JSON pointers where two documents differ, at most 30. */
    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (differences.size() >= 30 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    differences.add("only live: " + pointer);
                } else if (!actual.has(name)) {
                    differences.add("only docs/openapi.json: " + pointer);
                } else {
                    diff(pointer, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                diff(at + "/" + i, e.next(), a.next(), differences);
            }
        } else {
            differences.add("differs: " + at);
        }
    }
}

package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Codes;
import io.shipgate.gateway.support.Api;
import io.shipgate.gateway.support.ApiIntegrationTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.test.context.TestContextManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated invalid requests against {@code POST /v1/shipments} and {@code POST /v1/rates} over
 * real HTTP: control characters and unpaired surrogates in every text, over-long texts, numbers
 * that are huge, negative, zero, over-scaled or with huge exponents, unknown currencies and
 * countries, too many parcels, customs items or tax ids, values of the wrong JSON type. Each is a
 * 4xx problem naming the field that was made invalid; no carrier is called and nothing is stored.
 * (A jqwik property: the Spring context is the one every integration test shares.)
 */
class InvalidRequestPropertyTests extends ApiIntegrationTest {

    private static final TestContextManager SPRING = new TestContextManager(InvalidRequestPropertyTests.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A valid body both endpoints take: the international shipment example, which has every part (customs, options). */
    private static final ObjectNode BASE = example("shipment-international-request.json");
    private static final List<String> SHIPMENT_ONLY = List.of("carrier", "service_level", "reference", "service");

    private static final List<String> TEXTS = Stream.of(
                    addressFields("shipper"), addressFields("recipient"),
                    List.of("parcels[0].description", "parcels[0].weight.unit", "parcels[0].dimensions.unit",
                            "options.declared_value.currency", "options.signature", "customs.content_type",
                            "customs.content_description", "customs.incoterm", "customs.invoice_number", "customs.export_reason",
                            "customs.items[0].description", "customs.items[0].hs_code", "customs.items[0].origin_country",
                            "customs.items[0].sku", "customs.items[0].unit_value.currency", "customs.tax_ids[0].type",
                            "customs.tax_ids[0].value", "customs.tax_ids[0].party", "customs.tax_ids[0].issuing_country"),
                    SHIPMENT_ONLY)
            .flatMap(List::stream).toList();
    /** Numeric fields: their path, their largest valid value and their decimals, and whether zero is valid. */
    private static final List<Bound> NUMBERS = List.of(
            new Bound("parcels[0].weight.value", "1000", 3, false),
            new Bound("parcels[0].dimensions.length", "400", 2, false),
            new Bound("parcels[0].dimensions.height", "400", 2, false),
            new Bound("options.declared_value.amount", "1000000000", 2, true),
            new Bound("customs.items[0].unit_value.amount", "1000000000", 2, true),
            new Bound("customs.items[0].unit_weight.value", "1000", 3, false),
            new Bound("customs.items[0].quantity", "100000", 0, false));
    private static final List<String> OBJECTS = List.of("shipper", "recipient", "parcels[0]", "parcels[0].weight",
            "parcels[0].dimensions", "options", "customs", "customs.items[0]", "options.declared_value");

    private String key;

    record Invalid(String field, JsonNode value) {
        @Override
        public String toString() {
            String shown = value.toString();
            return field + " = " + (shown.length() > 120 ? shown.substring(0, 120) + "... (" + shown.length() + " chars)" : shown);
        }
    }

    record Bound(String field, String max, int decimals, boolean zeroValid) {
    }

    @BeforeProperty
    void connectAsANewMerchant() throws Exception {
        SPRING.prepareTestInstance(this);
        api = new Api(port);
        merchant = tenants.create();
        key = merchant.key();
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
    }

    @Property(tries = 200)
    void invalidShipmentsAreRefusedBeforeAnyCarrierCall(@ForAll("invalid") Invalid invalid) {
        assertRefused("/v1/shipments", with(BASE, invalid), invalid.field());
    }

    @Property(tries = 150)
    void invalidRateRequestsAreRefusedBeforeAnyCarrierCall(@ForAll("invalidForRates") Invalid invalid) {
        ObjectNode body = BASE.deepCopy();
        SHIPMENT_ONLY.forEach(body::remove);
        assertRefused("/v1/rates", with(body, invalid), invalid.field());
    }

    private void assertRefused(String path, ObjectNode body, String field) {
        long callsBefore = carrierCalls();
        Api.Response answer = api.post(path, key, Api.asciiJson(body), "Idempotency-Key", "property");
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).as(answer.toString()).contains(field);
        assertThat(carrierCalls()).as("carrier calls").isEqualTo(callsBefore);
        assertThat(merchantRows("shipments")).isZero();
        assertThat(merchantRows("idempotency_keys")).isZero();
    }

    @Provide
    Arbitrary<Invalid> invalid() {
        return Arbitraries.oneOf(controlCharacters(), overlongTexts(), badNumbers(), unknownCodes(), tooMany(), wrongTypes());
    }

    @Provide
    Arbitrary<Invalid> invalidForRates() {
        return invalid().filter(invalid -> !SHIPMENT_ONLY.contains(invalid.field()));
    }

    private static Arbitrary<Invalid> controlCharacters() {
        Arbitrary<Character> refused = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000b', '\u000c'),
                Arbitraries.chars().range('\u000e', '\u001f'), Arbitraries.chars().range('\u007f', '\u009f'),
                Arbitraries.chars().range('\ud800', '\udfff'));
        return Combinators.combine(Arbitraries.of(TEXTS), refused, Arbitraries.strings().alpha().ofMaxLength(10),
                        Arbitraries.strings().alpha().ofMaxLength(10))
                .as((field, c, before, after) -> new Invalid(field, NODES.textNode(before + c + after)));
    }

    private static Arbitrary<Invalid> overlongTexts() {
        return Combinators.combine(Arbitraries.of(TEXTS), Arbitraries.integers().between(201, 6000), Arbitraries.chars().alpha())
                .as((field, length, c) -> new Invalid(field, NODES.textNode(String.valueOf(c).repeat(length))));
    }

    private static Arbitrary<Invalid> badNumbers() {
        return Arbitraries.of(NUMBERS).flatMap(bound -> {
            BigDecimal max = new BigDecimal(bound.max());
            List<Arbitrary<BigDecimal>> bad = new ArrayList<>(List.of(
                    Arbitraries.integers().between(1, 1_000_000).map(n -> max.add(BigDecimal.valueOf(n))),
                    Arbitraries.integers().between(max.precision(), 999_999_999).map(e -> new BigDecimal("1e" + e)),
                    Arbitraries.integers().between(1, 1_000_000).map(n -> BigDecimal.valueOf(-n)),
                    Arbitraries.integers().between(bound.decimals() + 1, 999_999_999).map(e -> new BigDecimal("1e-" + e)),
                    Combinators.combine(Arbitraries.integers().between(1, 99_999).filter(n -> n % 10 != 0),
                            Arbitraries.integers().between(bound.decimals() + 1, 12)).as(BigDecimal::valueOf)));
            if (!bound.zeroValid()) {
                bad.add(Arbitraries.just(BigDecimal.ZERO));
            }
            return Arbitraries.oneOf(bad).map(n -> new Invalid(bound.field(), NODES.numberNode(n)));
        });
    }

    private static Arbitrary<Invalid> unknownCodes() {
        Arbitrary<Invalid> currencies = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).filter(c -> !Codes.isCurrency(c))
                .flatMap(code -> Arbitraries.of("options.declared_value.currency", "customs.items[0].unit_value.currency")
                        .map(field -> new Invalid(field, NODES.textNode(code))));
        Arbitrary<Invalid> countries = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(c -> !Codes.isCountry(c))
                .flatMap(code -> Arbitraries.of("shipper.country", "recipient.country", "customs.items[0].origin_country",
                        "customs.tax_ids[0].issuing_country").map(field -> new Invalid(field, NODES.textNode(code))));
        return Arbitraries.oneOf(currencies, countries);
    }

    private static Arbitrary<Invalid> tooMany() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(51, 80).map(n -> copies("parcels", n)),
                Arbitraries.integers().between(101, 130).map(n -> copies("customs.items", n)),
                Arbitraries.integers().between(11, 20).map(n -> copies("customs.tax_ids", n)));
    }

    private static Arbitrary<Invalid> wrongTypes() {
        Arbitrary<JsonNode> notText = Arbitraries.of(NODES.objectNode(), NODES.arrayNode().add("x"));
        Arbitrary<JsonNode> notNumber = Arbitraries.of(NODES.textNode("twelve"), NODES.booleanNode(true), NODES.objectNode(),
                NODES.arrayNode(), NODES.textNode(""), NODES.textNode("NaN"));
        Arbitrary<JsonNode> notObject = Arbitraries.of(NODES.textNode("x"), NODES.numberNode(1), NODES.arrayNode().add(1),
                NODES.booleanNode(false));
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(TEXTS), notText).as(Invalid::new),
                Combinators.combine(Arbitraries.of(NUMBERS).map(Bound::field), notNumber).as(Invalid::new),
                Combinators.combine(Arbitraries.of(OBJECTS), notObject).as(Invalid::new));
    }

    private static Invalid copies(String field, int n) {
        JsonNode first = at(BASE, field).get(0);
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            many.add(first.deepCopy());
        }
        return new Invalid(field, many);
    }

    private static final Pattern STEP = Pattern.compile("([a-z_0-9]+)(?:\\[(\\d+)])?");

    /** {@code body} with the field at {@code invalid.field()} (a path like {@code customs.items[0].sku}) set to its value. */
    private static ObjectNode with(ObjectNode body, Invalid invalid) {
        ObjectNode copy = body.deepCopy();
        String[] steps = invalid.field().split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        Matcher last = STEP.matcher(steps[steps.length - 1]);
        if (!last.matches()) {
            throw new IllegalArgumentException(invalid.field());
        }
        if (last.group(2) == null) {
            ((ObjectNode) parent).set(last.group(1), invalid.value());
        } else {
            ((ArrayNode) parent.get(last.group(1))).set(Integer.parseInt(last.group(2)), invalid.value());
        }
        return copy;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            node = step(node, step);
        }
        return node;
    }

    private static JsonNode step(JsonNode node, String step) {
        Matcher m = STEP.matcher(step);
        if (!m.matches()) {
            throw new IllegalArgumentException(step);
        }
        JsonNode child = node.get(m.group(1));
        return m.group(2) == null ? child : child.get(Integer.parseInt(m.group(2)));
    }

    private static List<String> addressFields(String party) {
        return Stream.of("name", "company", "phone", "email", "street1", "street2", "city", "state", "postal_code", "country")
                .map(f -> party + "." + f).toList();
    }
}

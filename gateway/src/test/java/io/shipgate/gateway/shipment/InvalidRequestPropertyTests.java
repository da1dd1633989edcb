package io.shipgate.gateway.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Codes;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
 *
 * <p>Property-based in the plain JUnit way: every run draws new cases from a random seed, printed
 * at the start; {@code -Dshipgate.invalid-requests.seed=N} draws a failed run's cases again.
 */
class InvalidRequestPropertyTests extends ApiIntegrationTest {

    private static final long SEED = Long.getLong("shipgate.invalid-requests.seed", new Random().nextLong());
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

    @BeforeEach
    void aSandboxAccount() {
        key = merchant.key();
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidShipments")
    void invalidShipmentsAreRefusedBeforeAnyCarrierCall(Invalid invalid) {
        assertRefused("/v1/shipments", with(BASE, invalid), invalid.field());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRateRequests")
    void invalidRateRequestsAreRefusedBeforeAnyCarrierCall(Invalid invalid) {
        ObjectNode body = BASE.deepCopy();
        SHIPMENT_ONLY.forEach(body::remove);
        assertRefused("/v1/rates", with(body, invalid), invalid.field());
    }

    private void assertRefused(String path, ObjectNode body, String field) {
        long callsBefore = carrierCalls();
        Api.Response answer = api.post(path, key, Api.asciiJson(body), "Idempotency-Key", "property");
        assertThat(answer.status()).as("seed %d: %s", SEED, answer).isBetween(400, 499);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).as("seed %d: %s", SEED, answer).contains(field);
        assertThat(carrierCalls()).as("carrier calls").isEqualTo(callsBefore);
        assertThat(merchantRows("shipments")).isZero();
        assertThat(merchantRows("idempotency_keys")).isZero();
    }

    static Stream<Invalid> invalidShipments() {
        System.out.println("InvalidRequestPropertyTests: seed " + SEED + " (-Dshipgate.invalid-requests.seed=" + SEED + " draws these cases again)");
        Cases cases = new Cases(new Random(SEED));
        return Stream.generate(cases::invalid).limit(200);
    }

    static Stream<Invalid> invalidRateRequests() {
        Cases cases = new Cases(new Random(SEED + 1));
        return Stream.generate(cases::invalid).filter(invalid -> !SHIPMENT_ONLY.contains(invalid.field())).limit(150);
    }

    /** Draws one invalid field value of every kind, each kind as likely as the others. */
    private record Cases(Random random) {

        Invalid invalid() {
            return pick(List.<Supplier<Invalid>>of(this::controlCharacter, this::overlongText, this::badNumber, this::unknownCode,
                    this::tooMany, this::wrongType)).get();
        }

        Invalid controlCharacter() {
            char refused = pick(List.<Supplier<Character>>of(() -> between('\u0000', '\u0008'), () -> between('\u000b', '\u000c'),
                    () -> between('\u000e', '\u001f'), () -> between('\u007f', '\u009f'), () -> between('\ud800', '\udfff'))).get();
            return new Invalid(pick(TEXTS), NODES.textNode(alpha(between(0, 10)) + refused + alpha(between(0, 10))));
        }

        Invalid overlongText() {
            return new Invalid(pick(TEXTS), NODES.textNode(alpha(1).repeat(between(201, 6000))));
        }

        Invalid badNumber() {
            Bound bound = pick(NUMBERS);
            BigDecimal max = new BigDecimal(bound.max());
            List<Supplier<BigDecimal>> bad = new ArrayList<>(List.of(
                    () -> max.add(BigDecimal.valueOf(between(1, 1_000_000))),
                    () -> new BigDecimal("1e" + between(max.precision(), 999_999_999)),
                    () -> BigDecimal.valueOf(-between(1, 1_000_000)),
                    () -> new BigDecimal("1e-" + between(bound.decimals() + 1, 999_999_999)),
                    () -> BigDecimal.valueOf(notAMultipleOfTen(), between(bound.decimals() + 1, 12))));
            if (!bound.zeroValid()) {
                bad.add(() -> BigDecimal.ZERO);
            }
            return new Invalid(bound.field(), NODES.numberNode(pick(bad).get()));
        }

        Invalid unknownCode() {
            if (random.nextBoolean()) {
                String currency = unknown(3, Codes::isCurrency);
                return new Invalid(pick(List.of("options.declared_value.currency", "customs.items[0].unit_value.currency")),
                        NODES.textNode(currency));
            }
            String country = unknown(2, Codes::isCountry);
            return new Invalid(pick(List.of("shipper.country", "recipient.country", "customs.items[0].origin_country",
                    "customs.tax_ids[0].issuing_country")), NODES.textNode(country));
        }

        Invalid tooMany() {
            return pick(List.<Supplier<Invalid>>of(() -> copies("parcels", between(51, 80)),
                    () -> copies("customs.items", between(101, 130)), () -> copies("customs.tax_ids", between(11, 20)))).get();
        }

        Invalid wrongType() {
            List<JsonNode> notText = List.of(NODES.objectNode(), NODES.arrayNode().add("x"));
            List<JsonNode> notNumber = List.of(NODES.textNode("twelve"), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode(), NODES.textNode(""), NODES.textNode("NaN"));
            List<JsonNode> notObject = List.of(NODES.textNode("x"), NODES.numberNode(1), NODES.arrayNode().add(1),
                    NODES.booleanNode(false));
            return pick(List.<Supplier<Invalid>>of(() -> new Invalid(pick(TEXTS), pick(notText)),
                    () -> new Invalid(pick(NUMBERS).field(), pick(notNumber)),
                    () -> new Invalid(pick(OBJECTS), pick(notObject)))).get();
        }

        private <T> T pick(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        private int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        private char between(char min, char max) {
            return (char) between((int) min, (int) max);
        }

        private int notAMultipleOfTen() {
            int n = between(1, 99_999);
            return n % 10 == 0 ? n + 1 : n;
        }

        private String alpha(int length) {
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(random.nextBoolean() ? between('a', 'z') : between('A', 'Z'));
            }
            return text.toString();
        }

        /** A code of {@code length} capital letters that {@code known} does not know. */
        private String unknown(int length, Predicate<String> known) {
            String code;
            do {
                code = alpha(length).toUpperCase(java.util.Locale.ROOT);
            } while (known.test(code));
            return code;
        }
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

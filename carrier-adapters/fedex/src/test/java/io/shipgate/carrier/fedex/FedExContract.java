package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a request the adapter built against FedEx's published example of it: every field the
 * adapter sends must appear at the same place in the example (FedEx's names, nesting and arrays)
 * with the same kind of value; a number may be written as a numeric string where the example does
 * (FedEx's examples mix {@code "amount": "100"} and {@code "amount": 12.45}).
 */
final class FedExContract {

    private FedExContract() {
    }

    static void assertConformsTo(JsonNode sent, JsonNode published) {
        List<String> problems = new ArrayList<>();
        compare("$", sent, published, problems);
        assertThat(problems).as("fields the published FedEx example does not have, or has with another kind of value").isEmpty();
    }

    private static void compare(String path, JsonNode sent, JsonNode published, List<String> problems) {
        if (published == null || published.isNull()) {
            problems.add(path + " is not in the published example");
            return;
        }
        if (sent.isObject()) {
            if (!published.isObject()) {
                problems.add(path + " is an object, the example has " + published.getNodeType());
                return;
            }
            for (Map.Entry<String, JsonNode> field : sent.properties()) {
                compare(path + "." + field.getKey(), field.getValue(), published.get(field.getKey()), problems);
            }
        } else if (sent.isArray()) {
            if (!published.isArray() || published.isEmpty()) {
                problems.add(path + " is an array, the example has " + (published.isArray() ? "an empty one" : published.getNodeType()));
                return;
            }
            for (JsonNode element : sent) {
                compare(path + "[]", element, published.get(0), problems);
            }
        } else if (!sameKind(sent, published)) {
            problems.add(path + " is " + sent.getNodeType() + ", the example has " + published.getNodeType());
        }
    }

    private static boolean sameKind(JsonNode sent, JsonNode published) {
        if (sent.getNodeType() == published.getNodeType()) {
            return true;
        }
        return sent.isNumber() && published.isTextual() && numeric(published.asText())
                || sent.isTextual() && published.isNumber() && numeric(sent.asText());
    }

    private static boolean numeric(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

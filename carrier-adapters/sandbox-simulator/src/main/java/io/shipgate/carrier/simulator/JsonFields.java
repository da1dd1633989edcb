package io.shipgate.carrier.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JSON object of a request, read field by field. Every read checks the value and, when it is
 * missing or wrong, throws a 400 that names the field by its full path ({@code parcels[1].weight_grams}).
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The request body, which must be a JSON object. */
    static JsonFields parse(byte[] body) {
        try {
            JsonNode root = body.length == 0 ? null : SimulatorJson.MAPPER.readTree(body);
            if (root != null && root.isObject()) {
                return new JsonFields(root, "");
            }
        } catch (IOException e) {
            // answered below
        }
        throw SimulatorError.validation(null, "the request body must be a JSON object");
    }

    /** The full path of one of this object's fields. */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    SimulatorError invalid(String name, String message) {
        return SimulatorError.validation(path(name), path(name) + " " + message);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    String text(String name, int maxLength) {
        String value = optionalText(name, maxLength);
        if (value == null) {
            throw invalid(name, "is required");
        }
        return value;
    }

    /** A text field; null when absent, null or blank. */
    String optionalText(String name, int maxLength) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw invalid(name, "must be a string");
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            throw invalid(name, "must be at most " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** An optional text field that must be one of {@code allowed}. */
    String optionalChoice(String name, Set<String> allowed) {
        String value = optionalText(name, 40);
        if (value != null && !allowed.contains(value)) {
            throw invalid(name, "must be one of " + allowed.stream().sorted().toList());
        }
        return value;
    }

    String choice(String name, Set<String> allowed) {
        String value = optionalChoice(name, allowed);
        if (value == null) {
            throw invalid(name, "is required");
        }
        return value;
    }

    boolean flag(String name) {
        if (!has(name)) {
            return false;
        }
        if (!node.get(name).isBoolean()) {
            throw invalid(name, "must be true or false");
        }
        return node.get(name).booleanValue();
    }

    int positiveInt(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, "is required");
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.intValue() <= 0) {
            throw invalid(name, "must be a whole number above 0");
        }
        return value.intValue();
    }

    /** A decimal given as a JSON number or a string such as "12.34"; null when absent. */
    BigDecimal optionalDecimal(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual()) {
                return new BigDecimal(value.asText().strip());
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(name, "must be a decimal number");
    }

    BigDecimal positiveDecimal(String name) {
        BigDecimal value = optionalDecimal(name);
        if (value == null) {
            throw invalid(name, "is required");
        }
        if (value.signum() <= 0) {
            throw invalid(name, "must be above 0");
        }
        return value;
    }

    LocalDate optionalDate(String name) {
        String value = optionalText(name, 10);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date such as 2026-01-31");
        }
    }

    LocalDate date(String name) {
        LocalDate value = optionalDate(name);
        if (value == null) {
            throw invalid(name, "is required");
        }
        return value;
    }

    LocalTime time(String name) {
        String value = text(name, 8);
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a time such as 09:30");
        }
    }

    JsonFields object(String name) {
        JsonFields value = optionalObject(name);
        if (value == null) {
            throw invalid(name, "is required");
        }
        return value;
    }

    JsonFields optionalObject(String name) {
        if (!has(name)) {
            return null;
        }
        if (!node.get(name).isObject()) {
            throw invalid(name, "must be an object");
        }
        return new JsonFields(node.get(name), path(name));
    }

    /** An array of objects with at least one and at most {@code max} elements. */
    List<JsonFields> objects(String name, int max) {
        JsonNode array = node.get(name);
        if (array == null || array.isNull() || array.isEmpty()) {
            throw invalid(name, "must have at least one element");
        }
        if (!array.isArray() || array.size() > max) {
            throw invalid(name, "must be an array of at most " + max + " objects");
        }
        List<JsonFields> elements = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path(name) + "[" + i + "]";
            if (!array.get(i).isObject()) {
                throw SimulatorError.validation(elementPath, elementPath + " must be an object");
            }
            elements.add(new JsonFields(array.get(i), elementPath));
        }
        return elements;
    }

    /** An array of 1 to {@code max} texts. */
    List<String> texts(String name, int max) {
        JsonNode array = node.get(name);
        if (array == null || !array.isArray() || array.isEmpty() || array.size() > max) {
            throw invalid(name, "must be an array of 1 to " + max + " texts");
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                throw invalid(name, "must only hold texts");
            }
            values.add(element.asText());
        }
        return values;
    }

    /** An optional array of texts, each one of {@code allowed}; empty when absent. */
    List<String> choices(String name, Set<String> allowed) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode array = node.get(name);
        if (!array.isArray()) {
            throw invalid(name, "must be an array");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isTextual() || !allowed.contains(element.asText())) {
                throw invalid(name, "must only hold " + allowed.stream().sorted().toList());
            }
            values.add(element.asText());
        }
        return values;
    }
}

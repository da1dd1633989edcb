package io.shipgate.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * UPS JSON as trees: UPS names its fields in PascalCase (Rating, Shipping, Pickup) or camelCase
 * (Tracking, Time in Transit, Delivery Intercept), nests them deeply, and in older versions sends a
 * single element where a list is expected; these helpers read all of it the same way.
 */
public final class UpsJson {

    private UpsJson() {
    }

    public static ObjectNode object() {
        return CarrierJson.object();
    }

    public static byte[] write(JsonNode tree) {
        return CarrierJson.write(tree);
    }

    /** Reads an answer of UPS; one that is not JSON is the carrier's error. */
    public static JsonNode tree(byte[] body) {
        try {
            JsonNode tree = CarrierJson.mapper().readTree(body);
            return tree == null ? CarrierJson.object() : tree;
        } catch (IOException e) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, UpsCarrier.CODE, "UNPARSEABLE_RESPONSE",
                    "UPS answered with content that is not JSON", false, null, null, e);
        }
    }

    /** The elements of a UPS list, which UPS may send as a single object, as an array, or not at all. */
    public static List<JsonNode> list(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return List.of(node);
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    /** The text at {@code path} (field names), or null when absent or blank. Numbers are returned as text. */
    public static String text(JsonNode node, String... path) {
        JsonNode value = node;
        for (String name : path) {
            value = value.path(name);
        }
        if (value.isValueNode() && !value.isNull()) {
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    /** A UPS amount ({@code "MonetaryValue":"12.30"}) as a decimal, or null. */
    public static BigDecimal decimal(JsonNode node, String... path) {
        String text = text(node, path);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Adds {@code value} to {@code array} when it is not blank. */
    public static void addIfPresent(ArrayNode array, String value) {
        if (value != null && !value.isBlank()) {
            array.add(value);
        }
    }

    /** Puts {@code value} under {@code name} when it is not blank. */
    public static ObjectNode putIfPresent(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
        return node;
    }
}

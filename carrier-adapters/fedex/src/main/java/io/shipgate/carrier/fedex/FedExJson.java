package io.shipgate.carrier.fedex;

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
import java.util.function.Function;

/**
 * FedEx's JSON through the SPI's one Jackson configuration (decimals as BigDecimal, nulls left
 * out). FedEx's documents are deep and mostly optional, so the mappers build and read them as trees
 * with FedEx's own field names; these helpers keep that terse.
 */
public final class FedExJson {

    private FedExJson() {
    }

    public static ObjectNode object() {
        return CarrierJson.object();
    }

    public static ArrayNode array() {
        return CarrierJson.mapper().createArrayNode();
    }

    public static byte[] write(JsonNode json) {
        return CarrierJson.write(json);
    }

    /** Parses an answer of FedEx; one that is not JSON is the carrier's error, not ours. */
    public static JsonNode read(byte[] body) {
        try {
            JsonNode tree = CarrierJson.mapper().readTree(body);
            return tree == null ? object() : tree;
        } catch (IOException e) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, FedExCarrier.CODE, "UNPARSEABLE_RESPONSE",
                    "FedEx answered with content that is not JSON", false, null, null, e);
        }
    }

    /** A field's text, or null when it is missing, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A field's decimal value (FedEx writes amounts as numbers, sometimes as strings), or null. */
    public static BigDecimal decimal(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The elements of an array field (none when it is missing or not an array), mapped. */
    public static <T> List<T> each(JsonNode node, String field, Function<JsonNode, T> mapper) {
        JsonNode array = node == null ? null : node.get(field);
        List<T> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(element -> {
                T mapped = mapper.apply(element);
                if (mapped != null) {
                    out.add(mapped);
                }
            });
        }
        return out;
    }

    /** Puts a value unless it is null (FedEx rejects some empty fields, and absent reads better). */
    public static ObjectNode putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
        return node;
    }
}

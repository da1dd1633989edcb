package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Delhivery's JSON, read and written as trees with the SPI's configuration (decimals as
 * BigDecimal): Delhivery's field names are a mix of snake_case and PascalCase, its numbers come as
 * numbers or strings, and several answers are bare lists.
 */
public final class DelhiveryJson {

    private DelhiveryJson() {
    }

    public static ObjectNode object() {
        return CarrierJson.object();
    }

    public static String write(JsonNode tree) {
        try {
            return CarrierJson.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write Delhivery JSON", e);
        }
    }

    /** An answer of Delhivery; one that is not JSON is the carrier's error, not ours. */
    public static JsonNode tree(byte[] body) {
        try {
            JsonNode tree = CarrierJson.mapper().readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new IOException("empty answer");
            }
            return tree;
        } catch (IOException e) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, DelhiveryCarrier.CODE, "UNPARSEABLE_RESPONSE",
                    "Delhivery answered with content that is not JSON", false, null, null, e);
        }
    }

    /** A text field, null when absent, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A decimal field Delhivery sends as a number or a numeric string; zero when absent or not numeric. */
    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                return BigDecimal.ZERO;
            }
        }
        return BigDecimal.ZERO;
    }

    /** Delhivery's booleans: {@code true}, {@code "true"}, {@code "Success"}, {@code "Y"}. */
    public static boolean yes(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText("").strip();
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("Y") || text.equalsIgnoreCase("success");
    }
}

package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;
import java.util.Base64;

/** Reading MyDHL's answers with the SPI's carrier JSON configuration; an answer that cannot be read is DHL's error. */
public final class DhlJson {

    private DhlJson() {
    }

    public static <T> T read(byte[] body, Class<T> type) {
        return CarrierJson.read(DhlExpressCarrier.CODE, body, type);
    }

    /**
     * The answer as JSON for {@code carrierPayload}, without the base64 {@code content} of its
     * documents (labels, invoices, proofs of delivery), which the gateway stores as documents.
     */
    public static String withoutContent(byte[] body) {
        try {
            JsonNode tree = CarrierJson.mapper().readTree(body);
            strip(tree);
            return CarrierJson.mapper().writeValueAsString(tree);
        } catch (IOException e) {
            throw unreadable("JSON", e);
        }
    }

    /** A document's base64 content as bytes; content that is not base64 is DHL's error. */
    public static byte[] base64(String content, String what) {
        if (content == null || content.isBlank()) {
            throw unreadable(what + " without content", null);
        }
        try {
            return Base64.getMimeDecoder().decode(content.strip());
        } catch (IllegalArgumentException e) {
            throw unreadable(what + " (its content is not base64)", e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("content") && object.get("content").isTextual()) {
            object.put("content", "(" + object.get("content").asText().length() + " base64 characters, stored apart)");
        }
        node.forEach(DhlJson::strip);
    }

    private static CarrierException unreadable(String what, Exception cause) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, DhlExpressCarrier.CODE, "UNPARSEABLE_RESPONSE",
                "DHL Express answered with content that cannot be read as " + what, false, null, null, cause);
    }
}

package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;

/**
 * The sandbox's JSON: the SPI's carrier JSON configuration with the sandbox's snake_case names.
 */
public final class SandboxJson {

    private static final ObjectMapper MAPPER = CarrierJson.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private SandboxJson() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sandbox JSON", e);
        }
    }

    /** Reads an answer of the sandbox; one that is not the JSON expected is the carrier's error. */
    public static <T> T read(byte[] body, Class<T> type) {
        return convert(tree(body), type);
    }

    public static JsonNode tree(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw unparseable("JSON", e);
        }
    }

    public static <T> T convert(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unparseable(type.getSimpleName(), e);
        }
    }

    private static CarrierException unparseable(String what, Exception cause) {
        return new CarrierException(CarrierErrorCategory.UNKNOWN, SandboxCarrier.CODE, "UNPARSEABLE_RESPONSE",
                "the sandbox answered with content that cannot be read as " + what, false, null, null, cause);
    }
}

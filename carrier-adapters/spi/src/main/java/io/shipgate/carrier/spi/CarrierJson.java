package io.shipgate.carrier.spi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.IOException;

/**
 * The one Jackson configuration adapters use for carrier JSON: java.time support, decimals as
 * BigDecimal (never double), offsets of carrier times kept, unknown carrier fields ignored, nulls
 * left out of requests.
 * Each adapter names its fields (with records and {@code @JsonProperty}, or trees) the way its carrier does.
 */
public final class CarrierJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a carrier's local time keeps its offset (the place's time), not moved to UTC
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private CarrierJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write carrier JSON", e);
        }
    }

    /** Parses a carrier's answer; an answer that is not the JSON expected is the carrier's error, not ours. */
    public static <T> T read(String carrier, byte[] body, Class<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new CarrierException(CarrierErrorCategory.UNKNOWN, carrier, "UNPARSEABLE_RESPONSE",
                    "the carrier answered with content that cannot be read as " + type.getSimpleName(), false, null, null, e);
        }
    }
}

package io.shipgate.carrier.spi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one Jackson configuration adapters use for carrier JSON: java.time support, decimals as
 * BigDecimal (never double), offsets of carrier times kept, unknown carrier fields ignored, nulls
 * left out of requests.
 * Each adapter names its fields (with records and {@code @JsonProperty}) the way its carrier does.
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

    /** Writes a carrier's answer back as it came, nulls included. */
    private static final ObjectMapper AS_WRITTEN = MAPPER.copy().setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);

    private CarrierJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
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

    /**
     * A carrier's answer as JSON text for the stored payload, without the fields named, at any depth
     * (label and document bytes, signature images: large or personal data); everything else as the
     * carrier wrote it (nulls kept, decimals keep their scale, emptied objects stay in their arrays). Null when
     * the answer is not JSON.
     */
    public static String withoutFields(byte[] body, Set<String> names) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            Object answer = MAPPER.readValue(body, Object.class);
            return answer == null ? null : AS_WRITTEN.writeValueAsString(without(answer, names));
        } catch (IOException e) {
            return null;
        }
    }

    private static Object without(Object value, Set<String> names) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> kept = new LinkedHashMap<>();
            map.forEach((name, field) -> {
                if (!names.contains(name)) {
                    kept.put(name, without(field, names));
                }
            });
            return kept;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> without(item, names)).toList();
        }
        return value;
    }
}

package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.core.type.TypeReference;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents MyDHL answers in base64 (labels, invoices, proofs of delivery): their bytes, and
 * the answer as the gateway keeps it ({@code carrierPayload}), without those contents, which it
 * stores as documents.
 */
public final class DhlDocuments {

    private static final TypeReference<Object> ANY = new TypeReference<>() {
    };

    private DhlDocuments() {
    }

    /** The answer as JSON without the base64 {@code content} of its documents. */
    public static String withoutContent(byte[] body) {
        return withoutContent(body, Map.of());
    }

    /** The answer without its documents' contents, with the adapter's notes about it added at its top level. */
    public static String withoutContent(byte[] body, Map<String, Object> notes) {
        try {
            Object answer = strip(CarrierJson.mapper().readValue(body, ANY));
            if (!notes.isEmpty() && answer instanceof Map<?, ?> map) {
                Map<Object, Object> noted = new LinkedHashMap<>(map);
                noted.putAll(notes);
                answer = noted;
            }
            return CarrierJson.mapper().writeValueAsString(answer);
        } catch (IOException e) {
            throw DhlErrors.unreadable("JSON", e);
        }
    }

    /** A document's base64 content as bytes; content that is missing or not base64 is DHL's error. */
    public static byte[] decode(String content, String what) {
        if (content == null || content.isBlank()) {
            throw DhlErrors.unreadable(what + " without content", null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(content.strip());
        } catch (IllegalArgumentException e) {
            throw DhlErrors.unreadable(what + " (its content is not base64)", e);
        }
        if (bytes.length == 0) {
            throw DhlErrors.unreadable(what + " (its content is not base64)", null); // the MIME decoder skips what is not base64
        }
        return bytes;
    }

    private static Object strip(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, field) -> copy.put(key, "content".equals(key) && field instanceof String text
                    ? "(" + text.length() + " base64 characters, stored apart)" : strip(field)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DhlDocuments::strip).toList();
        }
        return value;
    }
}

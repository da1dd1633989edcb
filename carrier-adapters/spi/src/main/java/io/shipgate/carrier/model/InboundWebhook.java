package io.shipgate.carrier.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A webhook call as a carrier sent it: headers (names case-insensitive) and the raw body bytes. */
public record InboundWebhook(Map<String, List<String>> headers, byte[] body) {

    public InboundWebhook {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = copy;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}

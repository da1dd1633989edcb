package io.shipgate.routes.tracking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The headers of a carrier push that are stored with it: an allow-list of descriptive ones. Everything
 * else (signatures, tokens, credentials, cookies, anything a carrier may invent) stays out of the store
 * and the logs: processing a push needs only what its adapter read of it when it was authenticated.
 */
public final class PushHeaders {

    static final Set<String> KEPT = Set.of("content-type", "content-length", "content-encoding", "user-agent", "x-request-id",
            "x-correlation-id", "traceparent");
    /** At most this many characters of each kept header value. */
    static final int MAX_VALUE = 256;

    private PushHeaders() {
    }

    public static Map<String, List<String>> kept(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (name != null && KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name.toLowerCase(Locale.ROOT), values.stream().limit(4)
                        .map(v -> v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v).toList());
            }
        });
        return kept;
    }
}

package io.shipgate.carrier.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A carrier's codes per universal value, written once as a table (status -> carrier status codes,
 * NDR reason -> carrier reason codes, service level -> services) and looked up by code. A code
 * listed under two values fails when the table is built, i.e. when the adapter's class loads, never
 * silently at run time (the first match winning, as in Karrio's units).
 *
 * @param <E> the universal value, e.g. {@link io.shipgate.carrier.model.TrackingStatus}
 */
public final class CodeTable<E extends Enum<E>> {

    private final Map<E, List<String>> entries;
    private final Map<String, E> byCode;
    private final UnaryOperator<String> key;

    private CodeTable(Map<E, List<String>> entries, UnaryOperator<String> key) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.key = key;
        Map<String, E> inverted = new LinkedHashMap<>();
        entries.forEach((value, codes) -> codes.forEach(code -> {
            E previous = inverted.put(key.apply(code), value);
            if (previous != null) {
                throw new IllegalStateException("carrier code '" + code + "' is listed under both " + previous + " and " + value);
            }
        }));
        this.byCode = Collections.unmodifiableMap(inverted);
    }

    /** Codes compared as written. */
    public static <E extends Enum<E>> CodeTable<E> of(Map<E, List<String>> entries) {
        return new CodeTable<>(entries, UnaryOperator.identity());
    }

    /** Codes compared after {@code key} (e.g. trimmed and upper-cased), both in the table and when looked up. */
    public static <E extends Enum<E>> CodeTable<E> of(Map<E, List<String>> entries, UnaryOperator<String> key) {
        return new CodeTable<>(entries, key);
    }

    public Optional<E> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(key.apply(code)));
    }

    /** The value of {@code code}, or {@code fallback} for a code not in the table (or null). */
    public E get(String code, E fallback) {
        return find(code).orElse(fallback);
    }

    /** The table as written, e.g. for a test that every code the carrier documents is in it. */
    public Map<E, List<String>> entries() {
        return entries;
    }
}

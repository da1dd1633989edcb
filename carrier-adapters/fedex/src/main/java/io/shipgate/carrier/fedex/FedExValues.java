package io.shipgate.carrier.fedex;

import java.util.List;
import java.util.Objects;

/**
 * How FedEx's optional values are read and written: a blank text is absent, a missing or null list
 * is empty (and a null element in it is skipped), so that every answer FedEx varies in (fields left
 * out, written null, emptied) reads the same way.
 */
public final class FedExValues {

    private FedExValues() {
    }

    /** The text stripped, or null when it is null or blank. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The list without null elements; empty for null. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /** The first element of a list, or null when it has none. */
    public static <T> T first(List<T> values) {
        List<T> present = list(values);
        return present.isEmpty() ? null : present.getFirst();
    }

    /** The first of the values that is not blank, or null. */
    public static String firstText(String... values) {
        for (String value : values) {
            if (text(value) != null) {
                return text(value);
            }
        }
        return null;
    }
}

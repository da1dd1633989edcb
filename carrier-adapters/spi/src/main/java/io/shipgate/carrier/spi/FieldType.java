package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.Codes;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The values a carrier account field takes. The gateway checks every setting and credential
 * against its field's type when an account is created or updated ({@link AccountField#problem});
 * the adapter's own parsing of its settings stays as the last line. Messages never quote the value.
 */
public sealed interface FieldType {

    /** What the value must be, completing "must be ...": "a whole number from 0 to 60000". */
    String describe();

    /** Whether the (trimmed, single-line, bounded) value is one of this type's. */
    boolean accepts(String value);

    /** Free text of at most {@code maxLength} characters. */
    static FieldType text(int maxLength) {
        return new Text(maxLength, null, null);
    }

    /** Text matching {@code pattern} in full, described as {@code description} ("6 letters or digits"). */
    static FieldType text(int maxLength, String pattern, String description) {
        return new Text(maxLength, Pattern.compile(pattern), description);
    }

    static FieldType whole(long min, long max) {
        return new Whole(min, max);
    }

    static FieldType decimal(String min, String max) {
        return new Decimal(new BigDecimal(min), new BigDecimal(max));
    }

    static FieldType flag() {
        return new Flag();
    }

    static FieldType choice(String... values) {
        return new Choice(List.of(values), false);
    }

    static FieldType choiceIgnoringCase(String... values) {
        return new Choice(List.of(values), true);
    }

    static FieldType currency() {
        return new Code("an ISO 4217 currency code such as USD", Codes::isCurrency);
    }

    static FieldType country() {
        return new Code("an ISO 3166-1 alpha-2 country code such as US", Codes::isCountry);
    }

    /** An absolute http or https URL with a host. */
    static FieldType url() {
        return new Url();
    }

    record Text(int maxLength, Pattern pattern, String description) implements FieldType {
        @Override
        public String describe() {
            return pattern == null ? "at most " + maxLength + " characters" : description;
        }

        @Override
        public boolean accepts(String value) {
            return value.length() <= maxLength && (pattern == null || pattern.matcher(value).matches());
        }
    }

    record Whole(long min, long max) implements FieldType {
        @Override
        public String describe() {
            return "a whole number from " + min + " to " + max;
        }

        @Override
        public boolean accepts(String value) {
            try {
                long parsed = Long.parseLong(value);
                return parsed >= min && parsed <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    record Decimal(BigDecimal min, BigDecimal max) implements FieldType {
        @Override
        public String describe() {
            return "a number from " + min.toPlainString() + " to " + max.toPlainString();
        }

        @Override
        public boolean accepts(String value) {
            try {
                BigDecimal parsed = new BigDecimal(value);
                return parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    record Flag() implements FieldType {
        @Override
        public String describe() {
            return "true or false";
        }

        @Override
        public boolean accepts(String value) {
            return value.equals("true") || value.equals("false");
        }
    }

    record Choice(List<String> values, boolean ignoreCase) implements FieldType {
        public Choice {
            values = List.copyOf(values);
        }

        @Override
        public String describe() {
            return "one of " + String.join(", ", values);
        }

        @Override
        public boolean accepts(String value) {
            return values.stream().anyMatch(v -> ignoreCase ? v.equalsIgnoreCase(value) : v.equals(value));
        }
    }

    /** A code from a code list, e.g. ISO 4217 currencies. */
    record Code(String description, Predicate<String> known) implements FieldType {
        @Override
        public String describe() {
            return description;
        }

        @Override
        public boolean accepts(String value) {
            return known.test(value);
        }
    }

    record Url() implements FieldType {
        @Override
        public String describe() {
            return "an absolute http(s) URL";
        }

        @Override
        public boolean accepts(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return uri.isAbsolute() && uri.getHost() != null && (scheme.equals("https") || scheme.equals("http"));
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}

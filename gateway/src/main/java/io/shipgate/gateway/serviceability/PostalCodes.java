package io.shipgate.gateway.serviceability;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postal codes as serviceability tables hold them and checks look them up: upper case, single spaces,
 * in the country's format where it is known (India's six-digit pincodes; five digits in the US, Germany and
 * Korea; seven digits in Japan, written with or without the hyphen), else 2 to 12 characters of
 * {@code A-Z 0-9}, space and hyphen. A US ZIP+4 is looked up by its five-digit ZIP.
 */
final class PostalCodes {

    static final int MAX_LENGTH = 12;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]");
    private static final Map<String, Pattern> KNOWN = Map.of(
            "IN", Pattern.compile("[1-9][0-9]{5}"),
            "US", Pattern.compile("[0-9]{5}"),
            "DE", Pattern.compile("[0-9]{5}"),
            "KR", Pattern.compile("[0-9]{5}"),
            "JP", Pattern.compile("[0-9]{7}"));
    private static final Map<String, String> FORMATS = Map.of(
            "IN", "6 digits, not starting with 0", "US", "5 digits", "DE", "5 digits", "KR", "5 digits", "JP", "7 digits");

    private PostalCodes() {
    }

    /** The code as tables hold it, or null when it is not a postal code of the country. */
    static String normalize(String country, String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.indexOf(' ') >= 0 || code.indexOf('\t') >= 0) {
            code = SPACES.matcher(code).replaceAll(" ");
        }
        if (code.length() > 2 * MAX_LENGTH) {
            return null;
        }
        if ("JP".equals(country)) {
            code = code.replace("-", "");
        } else if ("US".equals(country) && code.matches("[0-9]{5}-[0-9]{4}")) {
            code = code.substring(0, 5);
        }
        Pattern format = KNOWN.getOrDefault(country, GENERIC);
        return format.matcher(code).matches() ? code : null;
    }

    /** What a postal code of the country looks like, for error messages. */
    static String format(String country) {
        return FORMATS.getOrDefault(country, "2 to 12 characters: A-Z, 0-9, space, hyphen");
    }
}

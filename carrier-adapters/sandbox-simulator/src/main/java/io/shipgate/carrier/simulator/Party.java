package io.shipgate.carrier.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A shipper, recipient or pickup address as the simulated carrier reads it. */
record Party(String name, String company, String phone, String email, String street1, String street2, String city,
             String state, String postalCode, String country) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * Reads an address object. A {@code complete} address (for a label or a pickup) needs name,
     * street, city and postal code; a location for a quote needs only its country.
     */
    static Party read(JsonFields address, boolean complete) {
        String country = address.text("country", 2);
        if (!COUNTRY.matcher(country).matches()) {
            throw address.invalid("country", "must be an ISO 3166-1 alpha-2 code such as US");
        }
        return new Party(
                complete ? address.text("name", 100) : address.optionalText("name", 100),
                address.optionalText("company", 100),
                address.optionalText("phone", 30),
                address.optionalText("email", 120),
                complete ? address.text("street1", 120) : address.optionalText("street1", 120),
                address.optionalText("street2", 120),
                complete ? address.text("city", 80) : address.optionalText("city", 80),
                address.optionalText("state", 60),
                complete ? address.text("postal_code", 20) : address.optionalText("postal_code", 20),
                country);
    }

    /** Whether the postal code starts with {@code prefix}. */
    boolean postalCodeStartsWith(String prefix) {
        return postalCode != null && postalCode.startsWith(prefix);
    }

    /**
     * The name as a courier notes who signed: the first word's initial and the last word, upper
     * case ({@code Jane Q. Doe} is {@code J. DOE}); the word alone for a one-word name; null without one.
     */
    String maskedName() {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].toUpperCase(Locale.ROOT);
        return words.length == 1 ? last
                : Character.toString(words[0].codePointAt(0)).toUpperCase(Locale.ROOT) + ". " + last;
    }

    /** The address below the name, as printed on a label. */
    List<String> labelLines() {
        String cityLine = Stream.of(city, state, postalCode).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(company, street1, street2, cityLine, country).filter(s -> s != null && !s.isBlank()).toList();
    }

    /** Never shows personal data (name, phone, email, street lines). */
    @Override
    public String toString() {
        return "Party[city=" + city + ", postalCode=" + postalCode + ", country=" + country + ", personal data masked]";
    }
}

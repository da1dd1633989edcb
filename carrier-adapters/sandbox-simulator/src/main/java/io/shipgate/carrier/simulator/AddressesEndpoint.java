package io.shipgate.carrier.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/addresses/validate}: the simulated carrier's address check. It knows no streets,
 * so fixed rules on the fields decide, in this order:
 * <ol>
 *   <li>INVALID, naming every problem: a postal code starting {@code 000} (no such postal code), a
 *       missing street1 or city, a US postal code that is neither a ZIP (5 digits) nor a ZIP+4;</li>
 *   <li>AMBIGUOUS: a postal code starting {@code 111}, with two candidates whose street1 ends in
 *       {@code N} and in {@code S};</li>
 *   <li>VALID, with the address normalized as the one candidate: spaces trimmed and collapsed,
 *       city, state and postal code upper case, a US ZIP as {@code 94105} or {@code 94105-1234}.</li>
 * </ol>
 * An address is residential unless it names a company; unknown (null) when INVALID.
 */
final class AddressesEndpoint {

    record Candidate(String name, String company, String street1, String street2, String city, String state,
                     String postalCode, String country) {

        Candidate withStreet1(String street) {
            return new Candidate(name, company, street, street2, city, state, postalCode, country);
        }
    }

    record Validation(String verdict, Boolean residential, List<Candidate> candidates, List<String> messages) {
    }

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern US_ZIP = Pattern.compile("(\\d{5})(?:[- ]?(\\d{4}))?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    SimulatorResponse validate(SimulatorRequest request) {
        JsonFields address = request.json().object("address");
        String country = address.text("country", 2);
        if (!COUNTRY.matcher(country).matches()) {
            throw address.invalid("country", "must be an ISO 3166-1 alpha-2 code such as US");
        }
        Candidate given = new Candidate(address.optionalText("name", 100), address.optionalText("company", 100),
                address.optionalText("street1", 120), address.optionalText("street2", 120), address.optionalText("city", 80),
                address.optionalText("state", 60), address.optionalText("postal_code", 20), country);

        List<String> problems = new ArrayList<>();
        String postalCode = upper(collapse(given.postalCode()));
        if (postalCode != null && postalCode.startsWith("000")) {
            problems.add("no such postal code " + postalCode);
        } else if (postalCode != null && "US".equals(country)) {
            Matcher zip = US_ZIP.matcher(postalCode);
            if (zip.matches()) {
                postalCode = zip.group(1) + (zip.group(2) == null ? "" : "-" + zip.group(2));
            } else {
                problems.add("postal code " + postalCode + " is not a US ZIP code (5 digits, or ZIP+4)");
            }
        }
        if (given.street1() == null) {
            problems.add("street1 is missing");
        }
        if (given.city() == null) {
            problems.add("city is missing");
        }
        if (!problems.isEmpty()) {
            return answer("INVALID", null, List.of(), problems);
        }

        Candidate normalized = new Candidate(collapse(given.name()), collapse(given.company()), collapse(given.street1()),
                collapse(given.street2()), upper(collapse(given.city())), upper(collapse(given.state())), postalCode, country);
        boolean residential = normalized.company() == null;
        if (postalCode != null && postalCode.startsWith("111")) {
            return answer("AMBIGUOUS", residential,
                    List.of(normalized.withStreet1(normalized.street1() + " N"), normalized.withStreet1(normalized.street1() + " S")),
                    List.of("several streets match street1 at postal code " + postalCode + ": pick a candidate"));
        }
        List<String> corrected = corrected(given, normalized);
        return answer("VALID", residential, List.of(normalized),
                corrected.isEmpty() ? List.of() : List.of("normalized " + String.join(", ", corrected)));
    }

    private static SimulatorResponse answer(String verdict, Boolean residential, List<Candidate> candidates, List<String> messages) {
        return SimulatorResponse.json(200, new Validation(verdict, residential, candidates, messages));
    }

    /** The wire names of the fields that normalizing changed. */
    private static List<String> corrected(Candidate given, Candidate normalized) {
        String[][] fields = {
                {"name", given.name(), normalized.name()},
                {"company", given.company(), normalized.company()},
                {"street1", given.street1(), normalized.street1()},
                {"street2", given.street2(), normalized.street2()},
                {"city", given.city(), normalized.city()},
                {"state", given.state(), normalized.state()},
                {"postal_code", given.postalCode(), normalized.postalCode()}};
        List<String> corrected = new ArrayList<>();
        for (String[] field : fields) {
            if (!Objects.equals(field[1], field[2])) {
                corrected.add(field[0]);
            }
        }
        return corrected;
    }

    /** Inner runs of white space as one space (the value is stripped already). */
    private static String collapse(String value) {
        return value == null ? null : SPACES.matcher(value).replaceAll(" ");
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}

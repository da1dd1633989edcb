package io.shipgate.gateway.lanes;

import java.util.Locale;
import java.util.Map;

/**
 * Cuts a postal code to its region: the prefix a carrier sorts by (India's first three pincode digits, a sorting
 * district; the US three-digit ZIP (its sectional center); Germany's two-digit Leitregion; the letters of a UK postcode
 * area); a country without a rule, or a code too short, is its whole country ({@code XX}).
 */
public final class LaneRegions {

    private static final Map<String, Integer> DIGITS = Map.of("IN", 3, "US", 3, "JP", 3, "KR", 2, "DE", 2, "FR", 2, "CA", 1);

    private LaneRegions() {
    }

    public static String region(String country, String postalCode) {
        String cc = country.toUpperCase(Locale.ROOT);
        String code = compact(postalCode);
        if (cc.equals("GB") || cc.equals("IE")) {
            int letters = 0;
            while (letters < Math.min(2, code.length()) && Character.isLetter(code.charAt(letters))) {
                letters++;
            }
            return letters == 0 ? cc : cc + "-" + code.substring(0, letters);
        }
        Integer digits = DIGITS.get(cc);
        if (digits == null || code.length() < digits) {
            return cc;
        }
        return cc + "-" + code.substring(0, digits);
    }

    /** The code without white space and hyphens, in upper case (a loop: this runs for every EDD and recommendation). */
    private static String compact(String postalCode) {
        if (postalCode == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(postalCode.length());
        for (int i = 0; i < postalCode.length(); i++) {
            char c = postalCode.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }
}

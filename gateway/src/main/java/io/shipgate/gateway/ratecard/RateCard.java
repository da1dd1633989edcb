package io.shipgate.gateway.ratecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One carrier service's rate card, checked (docs/decide.md, "Rate cards"): every amount in {@code currency}, with
 * at most its decimals; weights in kilograms. Immutable, so an in-memory version is shared by every quote.
 *
 * @param country           the country of the card's origins and destinations (a card is domestic)
 * @param serviceName       the service's name in quotes; the service code when null
 * @param volumetricDivisor cm³ per kg: a parcel's chargeable weight is at least L×W×H / divisor; null: actual weight only
 * @param fuelSurchargePercent on the freight (slabs and additional steps); null: none
 * @param codFee            null: the card quotes no COD fee
 * @param odaSurcharge      added when the account's serviceability table marks the destination ODA; null: none
 * @param lanes             the zones' lanes indexed for quotes: always built from {@code zones} (what is passed is ignored)
 */
record RateCard(String currency, String country, String serviceName, BigDecimal volumetricDivisor, BigDecimal fuelSurchargePercent,
                CodFee codFee, BigDecimal odaSurcharge, List<Zone> zones, LaneIndex lanes) {

    RateCard {
        zones = List.copyOf(zones);
        lanes = LaneIndex.of(zones);
    }

    RateCard(String currency, String country, String serviceName, BigDecimal volumetricDivisor, BigDecimal fuelSurchargePercent,
             CodFee codFee, BigDecimal odaSurcharge, List<Zone> zones) {
        this(currency, country, serviceName, volumetricDivisor, fuelSurchargePercent, codFee, odaSurcharge, zones, null);
    }

    /** A fixed fee, or a percentage of the COD amount with an optional minimum (the higher of the two). */
    record CodFee(BigDecimal fixed, BigDecimal percent, BigDecimal minimum) {
    }

    /** A zone: the lanes it covers, its slabs (contiguous from 0 kg) and the step beyond the last one (or null). */
    record Zone(String name, List<Lane> lanes, List<Slab> slabs, Step additional) {
        Zone {
            lanes = List.copyOf(lanes);
            slabs = List.copyOf(slabs);
        }

        Slab last() {
            return slabs.getLast();
        }
    }

    record Lane(PostalGroup origin, PostalGroup destination) {
    }

    /** A weight slab: over {@code fromKg} up to and including {@code toKg} (the first from 0 kg, included), at {@code price}. */
    record Slab(BigDecimal fromKg, BigDecimal toKg, BigDecimal price) {
    }

    /** Beyond the last slab: {@code price} for each further {@code stepKg} or part of it. */
    record Step(BigDecimal stepKg, BigDecimal price) {
    }

    /**
     * Postal codes of a lane's end: {@code *} (every code), a prefix ({@code 11}), or a range of codes of one length
     * ({@code 110001-110099}). Codes are compared compacted: upper case, letters and digits only ({@code SW1A 1AA} is
     * {@code SW1A1AA}, {@code 100-0001} is {@code 1000001}).
     */
    record PostalGroup(String text, String prefix, String from, String to) {

        static final PostalGroup ANY = new PostalGroup("*", "", null, null);

        /** The group of a card's cell, or null when it is none of the three forms. */
        static PostalGroup parse(String text) {
            String value = text.strip();
            if (value.equals("*")) {
                return ANY;
            }
            int dash = value.indexOf('-');
            if (dash > 0 && value.indexOf('-', dash + 1) < 0 && value.substring(0, dash).strip().chars().allMatch(Character::isDigit)) {
                String from = compact(value.substring(0, dash));
                String to = compact(value.substring(dash + 1));
                if (from.isEmpty() || from.length() != to.length() || from.compareTo(to) > 0 || !to.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                return new PostalGroup(from + "-" + to, null, from, to);
            }
            String prefix = compact(value);
            if (prefix.isEmpty() || prefix.length() > 12 || !value.matches("[A-Za-z0-9 -]+")) {
                return null;
            }
            return new PostalGroup(prefix, prefix, null, null);
        }

        boolean matches(String code) {
            if (prefix != null) {
                return code.startsWith(prefix);
            }
            return code.length() == from.length() && code.compareTo(from) >= 0 && code.compareTo(to) <= 0;
        }

        /** How specific a match is: the prefix's length, a range's codes' length, 0 for {@code *}. */
        int specificity() {
            return prefix != null ? prefix.length() : from.length();
        }

        static String compact(String code) {
            StringBuilder out = new StringBuilder(code.length());
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toUpperCase(c));
                }
            }
            return out.toString().toUpperCase(Locale.ROOT);
        }
    }

    /** The card's size in lines (settings, lanes, slabs, steps), as its CSV has them. */
    int lines() {
        int lines = 2 + count(serviceName) + count(volumetricDivisor) + count(fuelSurchargePercent) + count(odaSurcharge)
                + (codFee == null ? 0 : count(codFee.fixed()) + count(codFee.percent()) + count(codFee.minimum()));
        for (Zone zone : zones) {
            lines += zone.lanes().size() + zone.slabs().size() + (zone.additional() == null ? 0 : 1);
        }
        return lines;
    }

    private static int count(Object setting) {
        return setting == null ? 0 : 1;
    }
}

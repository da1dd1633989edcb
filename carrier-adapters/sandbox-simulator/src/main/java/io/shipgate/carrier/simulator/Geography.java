package io.shipgate.carrier.simulator;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

import static java.util.Map.entry;

/**
 * What the simulated carrier knows about places: the time zone of a country (of a US state),
 * which continent a country is on, its sorting hub, and price zones between postal codes.
 * Countries it does not know get UTC and a zone-10 price abroad.
 */
final class Geography {

    private static final Map<String, String> COUNTRY_ZONES = Map.ofEntries(
            entry("US", "America/New_York"), entry("CA", "America/Toronto"), entry("MX", "America/Mexico_City"),
            entry("BR", "America/Sao_Paulo"), entry("GB", "Europe/London"), entry("IE", "Europe/Dublin"),
            entry("DE", "Europe/Berlin"), entry("FR", "Europe/Paris"), entry("NL", "Europe/Amsterdam"),
            entry("ES", "Europe/Madrid"), entry("IT", "Europe/Rome"), entry("PL", "Europe/Warsaw"),
            entry("IN", "Asia/Kolkata"), entry("CN", "Asia/Shanghai"), entry("JP", "Asia/Tokyo"),
            entry("SG", "Asia/Singapore"), entry("AE", "Asia/Dubai"), entry("AU", "Australia/Sydney"),
            entry("NZ", "Pacific/Auckland"), entry("ZA", "Africa/Johannesburg"));

    /** US states outside Eastern time. */
    private static final Map<String, String> US_STATE_ZONES = Map.ofEntries(
            entry("CA", "America/Los_Angeles"), entry("OR", "America/Los_Angeles"), entry("WA", "America/Los_Angeles"),
            entry("NV", "America/Los_Angeles"), entry("AZ", "America/Phoenix"), entry("CO", "America/Denver"),
            entry("UT", "America/Denver"), entry("NM", "America/Denver"), entry("MT", "America/Denver"),
            entry("ID", "America/Denver"), entry("WY", "America/Denver"), entry("TX", "America/Chicago"),
            entry("IL", "America/Chicago"), entry("MN", "America/Chicago"), entry("WI", "America/Chicago"),
            entry("MO", "America/Chicago"), entry("IA", "America/Chicago"), entry("LA", "America/Chicago"),
            entry("OK", "America/Chicago"), entry("KS", "America/Chicago"), entry("NE", "America/Chicago"),
            entry("AR", "America/Chicago"), entry("MS", "America/Chicago"), entry("AL", "America/Chicago"),
            entry("TN", "America/Chicago"), entry("AK", "America/Anchorage"), entry("HI", "Pacific/Honolulu"));

    private static final Map<String, String> CONTINENTS = Map.ofEntries(
            entry("US", "NA"), entry("CA", "NA"), entry("MX", "NA"), entry("BR", "SA"),
            entry("GB", "EU"), entry("IE", "EU"), entry("DE", "EU"), entry("FR", "EU"), entry("NL", "EU"),
            entry("ES", "EU"), entry("IT", "EU"), entry("PL", "EU"), entry("IN", "AS"), entry("CN", "AS"),
            entry("JP", "AS"), entry("SG", "AS"), entry("AE", "AS"), entry("AU", "OC"), entry("NZ", "OC"),
            entry("ZA", "AF"));

    private static final Map<String, Place> HUBS = Map.of(
            "US", new Place("Memphis", "TN", "38118", "US", ZoneId.of("America/Chicago")),
            "IN", new Place("Nagpur", "MH", "440001", "IN", ZoneId.of("Asia/Kolkata")),
            "DE", new Place("Kassel", "HE", "34117", "DE", ZoneId.of("Europe/Berlin")),
            "GB", new Place("Coventry", null, "CV1 1AA", "GB", ZoneId.of("Europe/London")),
            "CA", new Place("Mississauga", "ON", "L5T 2N7", "CA", ZoneId.of("America/Toronto")));

    private Geography() {
    }

    static ZoneId timeZone(String country, String state) {
        String zone = "US".equals(country) && state != null ? US_STATE_ZONES.get(state) : null;
        if (zone == null) {
            zone = COUNTRY_ZONES.get(country);
        }
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }

    /** The country's sorting hub, where parcels are "in transit". */
    static Place hub(String country) {
        Place hub = HUBS.get(country);
        return hub != null ? hub : new Place("Sandbox Gateway", null, null, country, timeZone(country, null));
    }

    /**
     * The price zone from {@code origin} to {@code destination}. Within a country: 1 when the postal
     * codes share their first three characters, 2 when their first, else 2 plus the distance between
     * the first characters (up to 8); 5 without postal codes. Abroad: 9 on the same continent, else 10.
     */
    static int zone(Party origin, Party destination) {
        if (!origin.country().equals(destination.country())) {
            String continent = CONTINENTS.get(origin.country());
            return continent != null && Objects.equals(continent, CONTINENTS.get(destination.country())) ? 9 : 10;
        }
        String from = origin.postalCode();
        String to = destination.postalCode();
        if (from == null || to == null) {
            return 5;
        }
        if (from.length() >= 3 && to.length() >= 3 && from.regionMatches(true, 0, to, 0, 3)) {
            return 1;
        }
        int distance = Math.abs(region(from) - region(to));
        return distance == 0 ? 2 : 2 + Math.min(6, distance);
    }

    /** The first character of a postal code as a region 0 to 9 (letters of British or Canadian codes fold onto digits). */
    private static int region(String postalCode) {
        return Math.max(0, Character.digit(postalCode.charAt(0), 36)) % 10;
    }
}

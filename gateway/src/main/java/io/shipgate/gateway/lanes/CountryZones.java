package io.shipgate.gateway.lanes;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a country's dates are read in where nothing says better: the local date of a delivery time (whose scan
 * offset is not kept with the shipment), and of "now" when an EDD request gives no ship time. One zone per country (its
 * most populous one for the US, Canada, Australia, Brazil, Russia); UTC for a country not listed.
 */
final class CountryZones {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("IN", ZoneId.of("Asia/Kolkata")), Map.entry("US", ZoneId.of("America/New_York")),
            Map.entry("CA", ZoneId.of("America/Toronto")), Map.entry("JP", ZoneId.of("Asia/Tokyo")),
            Map.entry("KR", ZoneId.of("Asia/Seoul")), Map.entry("CN", ZoneId.of("Asia/Shanghai")),
            Map.entry("SG", ZoneId.of("Asia/Singapore")), Map.entry("AE", ZoneId.of("Asia/Dubai")),
            Map.entry("AU", ZoneId.of("Australia/Sydney")), Map.entry("BR", ZoneId.of("America/Sao_Paulo")),
            Map.entry("MX", ZoneId.of("America/Mexico_City")), Map.entry("GB", ZoneId.of("Europe/London")),
            Map.entry("IE", ZoneId.of("Europe/Dublin")), Map.entry("DE", ZoneId.of("Europe/Berlin")),
            Map.entry("FR", ZoneId.of("Europe/Paris")), Map.entry("NL", ZoneId.of("Europe/Amsterdam")),
            Map.entry("ES", ZoneId.of("Europe/Madrid")), Map.entry("IT", ZoneId.of("Europe/Rome")),
            Map.entry("PL", ZoneId.of("Europe/Warsaw")), Map.entry("RU", ZoneId.of("Europe/Moscow")));

    private CountryZones() {
    }

    static ZoneId of(String country) {
        return country == null ? ZoneOffset.UTC : ZONES.getOrDefault(country.toUpperCase(Locale.ROOT), ZoneOffset.UTC);
    }
}

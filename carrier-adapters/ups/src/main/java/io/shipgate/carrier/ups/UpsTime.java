package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.EventLocation;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UPS dates and times: {@code YYYYMMDD} dates and {@code HHMMSS} times, local to the place of the
 * event and without a zone. The offset is attached in this order:
 * <ol>
 *   <li>the {@code gmtOffset} UPS sends ({@code -05:00} in Tracking, {@code -04.00} in Track Alert);</li>
 *   <li>the difference between the local and the GMT date and time UPS sends beside it
 *       ({@code gmtDate}/{@code gmtTime}, {@code gmtActivityDate}/{@code gmtActivityTime}), to the quarter hour;</li>
 *   <li>the time zone of the event's place: the US state or Canadian province, else the country
 *       when it has one zone ({@link #ZONES});</li>
 *   <li>UTC, when none of these is known.</li>
 * </ol>
 */
public final class UpsTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})[:.](\\d{2})");

    /** Zones by "country" (single-zone countries) or "country-state" (US states, Canadian provinces). */
    private static final Map<String, ZoneId> ZONES = zones();

    private UpsTime() {
    }

    /** A {@code YYYYMMDD} (or {@code YYYY-MM-DD}) date; null when absent or malformed. */
    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("-") ? LocalDate.parse(value.strip()) : LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A {@code HHMMSS} time (UPS drops the leading zero at times: {@code 74700}); midnight when absent. */
    public static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return LocalTime.MIDNIGHT;
        }
        String digits = value.strip().replace(":", "");
        if (digits.length() == 4) {
            digits = digits + "00";
        }
        try {
            return LocalTime.parse("0".repeat(Math.max(0, 6 - digits.length())) + digits, TIME);
        } catch (DateTimeException e) {
            return LocalTime.MIDNIGHT;
        }
    }

    /**
     * The moment of a local date and time, with the offset found as the class describes.
     *
     * @param gmtOffset UPS's offset, or null
     * @param gmtDate   the GMT date beside the local one, or null
     * @param gmtTime   the GMT time beside the local one, or null
     * @param location  where it happened, or null
     * @return null when the local date is missing
     */
    public static OffsetDateTime at(String localDate, String localTime, String gmtOffset, String gmtDate, String gmtTime,
                                    EventLocation location) {
        LocalDate date = date(localDate);
        if (date == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(date, time(localTime));
        ZoneOffset offset = offset(gmtOffset);
        if (offset == null && date(gmtDate) != null && gmtTime != null) {
            offset = fromGmt(local, LocalDateTime.of(date(gmtDate), time(gmtTime)));
        }
        if (offset == null) {
            offset = zoneOf(location).getRules().getOffset(local);
        }
        return OffsetDateTime.of(local, offset);
    }

    /** {@code -05:00} or {@code -04.00} as an offset; null when absent or malformed. */
    static ZoneOffset offset(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = OFFSET.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset fromGmt(LocalDateTime local, LocalDateTime gmt) {
        long minutes = Duration.between(gmt, local).toMinutes();
        long quarters = Math.round(minutes / 15.0);
        if (Math.abs(quarters) > 14 * 4) {
            return null; // not a plausible offset: the two times do not describe the same moment
        }
        return ZoneOffset.ofTotalSeconds((int) quarters * 15 * 60);
    }

    /** The zone of a place: its state or province, else its country, else UTC. */
    static ZoneId zoneOf(EventLocation location) {
        if (location == null || location.country() == null) {
            return ZoneOffset.UTC;
        }
        String country = location.country().toUpperCase(java.util.Locale.ROOT);
        ZoneId zone = location.state() == null ? null : ZONES.get(country + "-" + location.state().toUpperCase(java.util.Locale.ROOT));
        return zone != null ? zone : ZONES.getOrDefault(country, ZoneOffset.UTC);
    }

    private static Map<String, ZoneId> zones() {
        Map<String, ZoneId> zones = new java.util.HashMap<>();
        put(zones, "America/New_York", "US-CT US-DE US-DC US-FL US-GA US-IN US-KY US-ME US-MD US-MA US-MI US-NH US-NJ US-NY "
                + "US-NC US-OH US-PA US-RI US-SC US-VT US-VA US-WV");
        put(zones, "America/Chicago", "US-AL US-AR US-IL US-IA US-KS US-LA US-MN US-MS US-MO US-NE US-ND US-OK US-SD US-TN US-TX US-WI");
        put(zones, "America/Denver", "US-CO US-MT US-NM US-UT US-WY US-ID");
        put(zones, "America/Phoenix", "US-AZ");
        put(zones, "America/Los_Angeles", "US-CA US-NV US-OR US-WA");
        put(zones, "America/Anchorage", "US-AK");
        put(zones, "Pacific/Honolulu", "US-HI");
        put(zones, "America/Puerto_Rico", "US-PR PR");
        put(zones, "America/Toronto", "CA-ON CA-QC");
        put(zones, "America/Vancouver", "CA-BC");
        put(zones, "America/Edmonton", "CA-AB CA-NT");
        put(zones, "America/Winnipeg", "CA-MB");
        put(zones, "America/Regina", "CA-SK");
        put(zones, "America/Halifax", "CA-NS CA-NB CA-PE");
        put(zones, "America/St_Johns", "CA-NL");
        put(zones, "America/Whitehorse", "CA-YT");
        put(zones, "America/Iqaluit", "CA-NU");
        put(zones, "Europe/London", "GB");
        put(zones, "Europe/Dublin", "IE");
        put(zones, "Europe/Lisbon", "PT");
        put(zones, "Europe/Berlin", "DE AT CH NL BE LU FR IT ES DK SE NO PL CZ SK HU SI HR MT");
        put(zones, "Europe/Helsinki", "FI EE LV LT GR RO BG");
        put(zones, "Europe/Istanbul", "TR");
        put(zones, "Asia/Kolkata", "IN");
        put(zones, "Asia/Shanghai", "CN HK TW SG MY PH");
        put(zones, "Asia/Tokyo", "JP KR");
        put(zones, "Asia/Bangkok", "TH VN");
        put(zones, "Asia/Dubai", "AE");
        put(zones, "Asia/Riyadh", "SA");
        put(zones, "Asia/Jerusalem", "IL");
        put(zones, "Africa/Johannesburg", "ZA");
        put(zones, "Pacific/Auckland", "NZ");
        return Map.copyOf(zones);
    }

    private static void put(Map<String, ZoneId> zones, String zone, String places) {
        for (String place : places.split(" ")) {
            zones.put(place, ZoneId.of(zone));
        }
    }
}

package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.EventLocation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of carrier times for every adapter. Carriers write a scan's time as the local time
 * of the scan's place, with an offset ({@code 2026-11-24T10:05:00-05:00}), in UTC ({@code ...Z}), or
 * with no offset at all ({@code 2026-11-24 10:05:00}). A time without offset is never dropped: its
 * offset is resolved from the place (a single-zone country, or a US state or Canadian province) and,
 * where the place does not tell, the local time is kept with {@link ScanTime#offsetKnown()} false.
 */
public final class CarrierTimes {

    /** A scan's moment; when {@code offsetKnown} is false, {@code at} is the local time at +00:00. */
    public record ScanTime(OffsetDateTime at, boolean offsetKnown) {
    }

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter COMPACT_TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})[:.]?(\\d{2})");
    /** Zones by "CC" (single-zone countries) or "CC-ST" (US states, Canadian provinces). */
    private static final Map<String, ZoneId> ZONES = zones();

    private CarrierTimes() {
    }

    /**
     * A carrier's date-time text, resolved as the class describes; null when blank or not a date-time
     * at all (a date alone is the start of that day).
     */
    public static ScanTime scan(String text, EventLocation where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            TemporalAccessor parsed = LOCAL.parse(value);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return new ScanTime(OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))), true);
            }
            return scan(local, where);
        } catch (DateTimeException notADateTime) {
            LocalDate date = date(value);
            return date == null ? null : scan(date.atStartOfDay(), where);
        }
    }

    /** A local date and time of the scan's place. */
    public static ScanTime scan(LocalDate date, LocalTime time, EventLocation where) {
        return date == null ? null : scan(LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time), where);
    }

    /** A local date-time of the scan's place: its zone's offset, or the local time with the offset unknown. */
    public static ScanTime scan(LocalDateTime local, EventLocation where) {
        if (local == null) {
            return null;
        }
        return zoneOf(where).map(zone -> new ScanTime(OffsetDateTime.of(local, zone.getRules().getOffset(local)), true))
                .orElseGet(() -> new ScanTime(OffsetDateTime.of(local, ZoneOffset.UTC), false));
    }

    /** A local date-time with the offset the carrier gave beside it ({@link #offset}). */
    public static ScanTime scan(LocalDateTime local, ZoneOffset offset, EventLocation where) {
        return offset == null ? scan(local, where) : new ScanTime(OffsetDateTime.of(local, offset), true);
    }

    /** {@code 2026-11-27}, {@code 20261127} or the date part of a date-time; null when blank or malformed. */
    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code HHmmss}, {@code HHmm}, {@code HH:mm[:ss]} (a leading zero may be missing: {@code 74700}); null when absent. */
    public static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip().replace(":", "");
        if (digits.length() == 3 || digits.length() == 4) {
            digits = digits + "00";
        }
        try {
            return LocalTime.parse("0".repeat(Math.max(0, 6 - digits.length())) + digits, COMPACT_TIME);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code -05:00}, {@code -0500} or {@code -04.00} as an offset; null when absent or malformed. */
    public static ZoneOffset offset(String value) {
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

    /** The offset between a local time and the same moment in GMT, rounded to 15 minutes; null when implausible. */
    public static ZoneOffset offsetFromGmt(LocalDateTime local, LocalDateTime gmt) {
        if (local == null || gmt == null) {
            return null;
        }
        long quarters = Math.round(Duration.between(gmt, local).toMinutes() / 15.0);
        return Math.abs(quarters) > 14 * 4 ? null : ZoneOffset.ofTotalSeconds((int) quarters * 15 * 60);
    }

    /**
     * Today at a place (a shipper's address): the date a person there reads on the label and in the API.
     * A place whose zone cannot be told takes the clock's zone.
     */
    public static LocalDate today(Clock clock, Address place) {
        return clock.instant().atZone(zoneAt(clock, place)).toLocalDate();
    }

    /** The zone of a place (a shipper's address); a place whose zone cannot be told takes the clock's zone. */
    public static ZoneId zoneAt(Clock clock, Address place) {
        ZoneId zone = place == null ? null
                : zoneOf(new EventLocation(place.city(), place.state(), place.postalCode(), place.country())).orElse(null);
        return zone == null ? clock.getZone() : zone;
    }

    /** The zone of a place when it has exactly one: its state or province, else its country. */
    public static Optional<ZoneId> zoneOf(EventLocation where) {
        if (where == null || where.country() == null || where.country().isBlank()) {
            return Optional.empty();
        }
        String country = where.country().strip().toUpperCase(Locale.ROOT);
        ZoneId zone = where.state() == null ? null : ZONES.get(country + "-" + where.state().strip().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(zone != null ? zone : ZONES.get(country));
    }

    private static Map<String, ZoneId> zones() {
        Map<String, ZoneId> zones = new HashMap<>();
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

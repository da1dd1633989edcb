package io.shipgate.carrier.dhlexpress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * MyDHL's ways of writing time, converted at the edge. Requests carry a local time with its GMT
 * offset written {@code 2024-11-05T14:00:00 GMT+01:00}; tracking events a local date and time with a
 * separate {@code GMTOffset}; estimated delivery dates a local date-time without offset.
 */
public final class DhlTimes {

    private DhlTimes() {
    }

    /** A tracking event's time: its local date and time at its GMT offset. */
    public static OffsetDateTime event(String date, String time, ZoneOffset offset) {
        return LocalDate.parse(date).atTime(LocalTime.parse(time)).atOffset(offset);
    }

    /** {@code +01:00} as an offset; null for none or one that cannot be read. */
    public static ZoneOffset offset(String gmtOffset) {
        if (gmtOffset == null || gmtOffset.isBlank()) {
            return null;
        }
        try {
            return ZoneOffset.of(gmtOffset.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The day of a local date-time ({@code 2024-11-07T18:00:00}) or a date ({@code 2024-11-07}); null for none. */
    public static LocalDate day(String localDateTime) {
        if (localDateTime == null || localDateTime.isBlank()) {
            return null;
        }
        String value = localDateTime.strip();
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : LocalDateTime.parse(value.substring(0, 19)).toLocalDate();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** {@code 10:00} or {@code 10:00:00} as a time; null for none. */
    public static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package io.shipgate.carrier.delhivery;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Delhivery's times: local times in India without a zone ({@code 2024-09-20T15:17:44.002}, with
 * zero to six fraction digits, sometimes with a space instead of the {@code T}). They are
 * Indian Standard Time, so the offset attached is Asia/Kolkata's, {@code +05:30} all year.
 */
public final class DelhiveryTime {

    /** Delhivery's (and India's) time zone. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private DelhiveryTime() {
    }

    /** A Delhivery timestamp with the IST offset; one that already carries an offset keeps it. Null when absent or unreadable. */
    public static OffsetDateTime at(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso = value.strip().replace(' ', 'T');
        try {
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(iso);
            }
            return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(IST).toOffsetDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date of a Delhivery date or timestamp ({@code 2024-09-24T23:59:59} is the 24th); null when absent or unreadable. */
    public static LocalDate date(String value) {
        if (value == null || value.strip().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

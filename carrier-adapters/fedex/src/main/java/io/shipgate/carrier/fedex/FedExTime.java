package io.shipgate.carrier.fedex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * FedEx's dates and times as it writes them: scan times with the place's offset
 * ({@code 2018-02-02T12:01:00-07:00}, kept as they are), dates, and date-times without an offset
 * ({@code 2024-07-25T23:59:00}) whose date is all Shipgate reads.
 */
public final class FedExTime {

    private FedExTime() {
    }

    /** A FedEx time with its offset; null when absent, unreadable or written without an offset (the place is then unknown). */
    public static OffsetDateTime offsetDateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date of a FedEx date or date-time ({@code 2024-07-25}, {@code 2024-07-25T23:59:00}, with or without offset); null when unreadable. */
    public static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

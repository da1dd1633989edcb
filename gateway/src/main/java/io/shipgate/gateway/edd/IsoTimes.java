package io.shipgate.gateway.edd;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * ISO times as every EDD request sends them, read without a DateTimeFormatter (which costs more than the rest of an
 * estimate): {@code HH:mm[:ss]} and {@code yyyy-MM-ddTHH:mm[:ss[.fraction]](Z|±HH:MM)}. Anything else, or a value out
 * of range, goes to the JDK's parser, so answers and exceptions are the JDK's.
 */
public final class IsoTimes {

    private IsoTimes() {
    }

    /** As {@link LocalTime#parse(CharSequence)}. */
    public static LocalTime localTime(String text) {
        int n = text.length();
        if ((n == 5 || n == 8) && text.charAt(2) == ':' && (n == 5 || text.charAt(5) == ':')) {
            int h = digits(text, 0, 2), m = digits(text, 3, 5), s = n == 8 ? digits(text, 6, 8) : 0;
            if (h >= 0 && m >= 0 && s >= 0 && h < 24 && m < 60 && s < 60) {
                return LocalTime.of(h, m, s);
            }
        }
        return LocalTime.parse(text);
    }

    /** As {@link OffsetDateTime#parse(CharSequence)}. */
    public static OffsetDateTime offsetDateTime(String text) {
        OffsetDateTime quick = quick(text);
        return quick != null ? quick : OffsetDateTime.parse(text);
    }

    private static OffsetDateTime quick(String t) {
        int n = t.length();
        if (n < 17 || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != 'T' && t.charAt(10) != 't') || t.charAt(13) != ':') {
            return null;
        }
        int year = digits(t, 0, 4), month = digits(t, 5, 7), day = digits(t, 8, 10), hour = digits(t, 11, 13), minute = digits(t, 14, 16);
        int i = 16, second = 0, nanos = 0;
        if (i < n && t.charAt(i) == ':') {
            if (i + 3 > n) {
                return null;
            }
            second = digits(t, i + 1, i + 3);
            i += 3;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && Character.isDigit(t.charAt(i))) {
                    nanos = nanos * 10 + (t.charAt(i++) - '0');
                }
                if (i == start || (i < n && Character.isDigit(t.charAt(i)))) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || i >= n) {
            return null;
        }
        ZoneOffset offset;
        char c = t.charAt(i);
        if ((c == 'Z' || c == 'z') && i + 1 == n) {
            offset = ZoneOffset.UTC;
        } else if ((c == '+' || c == '-') && i + 6 == n && t.charAt(i + 3) == ':') {
            int oh = digits(t, i + 1, i + 3), om = digits(t, i + 4, i + 6);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            int seconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            try {
                offset = ZoneOffset.ofTotalSeconds(seconds);
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number of these ASCII digits, or -1 when one is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

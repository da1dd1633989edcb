package io.shipgate.gateway.edd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the two kinds of calendar data file: a year of holidays ({@code date,name}) and the weekends
 * ({@code country,days}). Both are CSV with a header line, {@code #} comments and blank lines allowed;
 * a value is everything after the first comma, so a holiday's name may hold commas. Every mistake is a
 * {@link CalendarFileException} naming its line.
 */
final class CalendarFiles {

    /** The key of the weekends line that holds for every country without a line of its own. */
    static final String EVERY_COUNTRY = "*";
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private CalendarFiles() {
    }

    /** The holidays of one country's year; a date of another year or a date listed twice is a mistake. */
    static Map<LocalDate, String> holidays(String file, int year, BufferedReader text) {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        Map<LocalDate, Integer> lines = new HashMap<>();
        for (Row row : rows(file, text, "date", "name")) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.key());
            } catch (DateTimeException e) {
                throw row.wrong("'" + row.key() + "' is not a date (yyyy-mm-dd)");
            }
            if (date.getYear() != year) {
                throw row.wrong(date + " is not in " + year + ", the year of the file");
            }
            if (row.value().isEmpty()) {
                throw row.wrong("the holiday of " + date + " has no name");
            }
            Integer first = lines.putIfAbsent(date, row.line());
            if (first != null) {
                throw row.wrong(date + " is listed twice (first on line " + first + "); put both names on one line");
            }
            holidays.put(date, row.value());
        }
        return holidays;
    }

    /** The weekend days per country code, with {@value #EVERY_COUNTRY} for every other country (required). */
    static Map<String, Set<DayOfWeek>> weekends(String file, BufferedReader text) {
        Map<String, Set<DayOfWeek>> weekends = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        int last = 0;
        for (Row row : rows(file, text, "country", "days")) {
            last = row.line();
            String country = row.key();
            if (!country.equals(EVERY_COUNTRY) && !COUNTRY.matcher(country).matches()) {
                throw row.wrong("'" + country + "' is not a country code (two capital letters) nor " + EVERY_COUNTRY);
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : row.value().split("\\s+")) {
                if (day.isEmpty()) {
                    continue;
                }
                try {
                    days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw row.wrong("'" + day + "' is not a day of the week (MONDAY ... SUNDAY)");
                }
            }
            if (days.size() == DayOfWeek.values().length) {
                throw row.wrong("a weekend of seven days leaves no business day");
            }
            Integer first = lines.putIfAbsent(country, row.line());
            if (first != null) {
                throw row.wrong(country + " is listed twice (first on line " + first + ")");
            }
            weekends.put(country, days);
        }
        if (!weekends.containsKey(EVERY_COUNTRY)) {
            throw new CalendarFileException(file, last + 1, "no line for " + EVERY_COUNTRY + " (the weekend of every other country)");
        }
        return weekends;
    }

    /** A line of data: its number in the file, the text before the first comma and the text after it. */
    record Row(String file, int line, String key, String value) {

        CalendarFileException wrong(String reason) {
            return new CalendarFileException(file, line, reason);
        }
    }

    /** The data lines of a file after its header, without comments and blank lines. */
    private static List<Row> rows(String file, BufferedReader text, String keyColumn, String valueColumn) {
        String header = keyColumn + "," + valueColumn;
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        try {
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                number++;
                String content = (number == 1 ? line.replace("\uFEFF", "") : line).strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!content.replace(" ", "").equalsIgnoreCase(header)) {
                        throw new CalendarFileException(file, number, "expected the header line '" + header + "', found '" + content + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                int comma = content.indexOf(',');
                if (comma < 0) {
                    throw new CalendarFileException(file, number, "expected " + header + ", found no comma in '" + content + "'");
                }
                rows.add(new Row(file, number, content.substring(0, comma).strip(), content.substring(comma + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!headerSeen) {
            throw new CalendarFileException(file, number + 1, "the header line '" + header + "' is missing");
        }
        return rows;
    }
}

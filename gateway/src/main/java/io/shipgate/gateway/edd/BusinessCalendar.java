package io.shipgate.gateway.edd;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The days on which carriers of one country pick up and deliver: every day but the country's weekend
 * days and its public holidays. Holidays are known only for the years that have a data file
 * ({@link #covers(int)}); in any other year only weekends count, and an EDD that reaches such a year
 * should say that its calendar was incomplete. Immutable: one per country, loaded once at start by
 * {@link BusinessCalendars}.
 *
 * <p>Counting follows transit days: {@link #plusBusinessDays} counts from the first business day on or
 * after a date, and {@link #businessDaysBetween} counts the business days after the first date up to and
 * including the second, so {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n} for a business day d.
 */
public final class BusinessCalendar {

    private final String country;
    private final Set<DayOfWeek> weekend;
    private final Set<Integer> years;
    private final NavigableMap<LocalDate, String> holidays;
    /** Business days counted over {@link #TABLE_FIRST}..{@link #TABLE_LAST}, so that a count is two array reads, not a walk. */
    private final DayTable table;

    /** The span the day table covers; dates outside it are walked day by day (same answers, slower). */
    static final LocalDate TABLE_FIRST = LocalDate.of(2015, 1, 1);
    static final LocalDate TABLE_LAST = LocalDate.of(2045, 12, 31);

    /**
     * {@code before[i]}: business days in the table before day i (day i is {@code TABLE_FIRST} + i days), with one more
     * entry for the end; {@code day[k]}: the k-th business day of the table (0-based) as a day index. Both fit in a
     * char (under 65,536 days), which keeps a calendar's table at about 45 KB.
     */
    private record DayTable(char[] before, char[] day) {
    }

    BusinessCalendar(String country, Set<DayOfWeek> weekend, Set<Integer> years, Map<LocalDate, String> holidays) {
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException(country + ": a weekend of seven days leaves no business day");
        }
        holidays.keySet().stream().filter(date -> !years.contains(date.getYear())).findAny().ifPresent(date -> {
            throw new IllegalArgumentException(country + ": the holiday " + date + " is outside the years covered " + years);
        });
        this.country = country;
        this.weekend = Collections.unmodifiableSet(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
        this.table = table();
    }

    private DayTable table() {
        int days = (int) (TABLE_LAST.toEpochDay() - TABLE_FIRST.toEpochDay()) + 1;
        char[] before = new char[days + 1];
        char[] day = new char[days];
        int count = 0;
        LocalDate date = TABLE_FIRST;
        for (int i = 0; i < days; i++, date = date.plusDays(1)) {
            before[i] = (char) count;
            if (walkIsBusinessDay(date)) {
                day[count++] = (char) i;
            }
        }
        before[days] = (char) count;
        return new DayTable(before, Arrays.copyOf(day, count));
    }

    /** The day's index in the table, or -1 outside it. */
    private int index(LocalDate date) {
        long i = date.toEpochDay() - TABLE_FIRST.toEpochDay();
        return i < 0 || i >= table.before().length - 1 ? -1 : (int) i;
    }

    private boolean walkIsBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    /** A calendar of weekends only, for a country without holiday files. */
    static BusinessCalendar weekendsOnly(String country, Set<DayOfWeek> weekend) {
        return new BusinessCalendar(country, weekend, Set.of(), Map.of());
    }

    /** The country's ISO 3166-1 alpha-2 code. */
    public String country() {
        return country;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** The years whose holidays are known, in order. */
    public Set<Integer> years() {
        return years;
    }

    /** Whether the holidays of this year are known; if not, only weekends are days off in it. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The holidays of a year, by date (empty for a year that is not covered). */
    public NavigableMap<LocalDate, String> holidaysIn(int year) {
        return holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
    }

    /** The name of the public holiday on this date, if it is one. */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public boolean isBusinessDay(LocalDate date) {
        int i = index(date);
        return i < 0 ? walkIsBusinessDay(date) : table.before()[i + 1] > table.before()[i];
    }

    /** The date itself if it is a business day, else the first business day after it. */
    public LocalDate nextBusinessDay(LocalDate date) {
        int i = index(date);
        if (i >= 0) {
            int k = table.before()[i];
            if (k < table.day().length) {
                return date.plusDays(table.day()[k] - i);
            }
        }
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The business day n business days after the first business day on or after the date: with n = 0 the
     * date itself if it is a business day, else the next one.
     */
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }
        LocalDate day = nextBusinessDay(date);
        int i = index(day);
        if (i >= 0) {
            int k = table.before()[i] + n;
            if (k < table.day().length) {
                return day.plusDays(table.day()[k] - i);
            }
        }
        for (int left = n; left > 0; left--) {
            day = nextBusinessDay(day.plusDays(1));
        }
        return day;
    }

    /**
     * The business days after {@code from} up to and including {@code to} (0 for the same date; negative,
     * counted the other way, when {@code to} is before {@code from}).
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int i = index(from), j = index(to);
        if (i >= 0 && j >= 0) {
            return table.before()[j + 1] - table.before()[i + 1];
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The day a parcel shipped at this time is first picked up: its own date if that is a business day
     * and the time is not after the cut-off (a parcel ready at the cut-off itself still goes), else the
     * next business day. The ship time must already be in the warehouse's zone (the caller converts it
     * with {@code withZoneSameInstant}); the calendar reads its local date and time and guesses no zone.
     */
    public LocalDate firstPickupDay(ZonedDateTime shipTime, LocalTime cutOff) {
        LocalDate day = shipTime.toLocalDate();
        if (isBusinessDay(day) && !shipTime.toLocalTime().isAfter(cutOff)) {
            return day;
        }
        return nextBusinessDay(day.plusDays(1));
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + country + ", weekend " + weekend + ", holidays of " + years + "]";
    }
}

package io.shipgate.gateway.edd;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
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
        return !weekend.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    /** The date itself if it is a business day, else the first business day after it. */
    public LocalDate nextBusinessDay(LocalDate date) {
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

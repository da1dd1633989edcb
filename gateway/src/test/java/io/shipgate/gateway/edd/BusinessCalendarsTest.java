package io.shipgate.gateway.edd;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The holiday files shipped in gateway/src/main/resources/holidays: each country's years load with a
 * plausible count, known dates are days off, and the rule-based lists (US federal holidays with their
 * observed days, the Easter-based holidays of Germany and England) match the rules computed here.
 */
class BusinessCalendarsTest {

    private static final BusinessCalendars CALENDARS = new BusinessCalendars();
    private static final List<Integer> YEARS = List.of(2025, 2026, 2027);

    @Test
    void eachCountryHasEachYearWithAPlausibleNumberOfHolidays() {
        assertThat(CALENDARS.countries()).containsExactly("DE", "GB", "IN", "JP", "KR", "US");
        Map<String, List<Integer>> counts = Map.of(
                "US", List.of(11, 11, 12),   // 11 federal holidays; in 2027 also New Year's Day 2028, observed on Dec 31
                "GB", List.of(8, 8, 8),      // England and Wales bank holidays
                "DE", List.of(9, 9, 9),      // the nationwide holidays
                "IN", List.of(5, 6, 6),      // in 2025 Dussehra falls on Gandhi Jayanti
                "JP", List.of(19, 18, 17),   // 16 national holidays, substitute holidays, the citizens' holiday of 2026
                "KR", List.of(19, 21, 22));  // with Seollal and Chuseok three days each, substitutes and election days
        counts.forEach((country, perYear) -> {
            BusinessCalendar calendar = CALENDARS.of(country);
            for (int i = 0; i < YEARS.size(); i++) {
                int year = YEARS.get(i);
                assertThat(calendar.covers(year)).as("%s %d", country, year).isTrue();
                assertThat(calendar.holidaysIn(year)).as("%s %d", country, year).hasSize(perYear.get(i));
            }
            assertThat(calendar.covers(2028)).as(country).isFalse();
            assertThat(calendar.weekend()).as(country).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        });
    }

    @Test
    void knownHolidaysAreDaysOff() {
        assertDayOff("IN", "2026-01-26", "Republic Day");
        assertDayOff("IN", "2026-03-04", "Holi");
        assertDayOff("IN", "2026-11-08", "Diwali (Deepavali)");
        assertDayOff("KR", "2026-09-25", "Chuseok");
        assertDayOff("KR", "2026-09-24", "Chuseok (day before)");
        assertDayOff("KR", "2027-02-07", "Seollal (Lunar New Year's Day)");
        assertDayOff("DE", "2026-12-25", "1. Weihnachtstag (Christmas Day)");
        assertDayOff("GB", "2026-12-25", "Christmas Day");
        assertDayOff("GB", "2026-12-28", "Boxing Day (substitute day)");
        assertDayOff("US", "2026-07-03", "Independence Day (observed)");
        assertDayOff("JP", "2026-09-22", "Citizens' holiday");
        assertThat(CALENDARS.of("US").isBusinessDay(LocalDate.of(2026, 7, 2))).isTrue();
        assertThat(CALENDARS.of("DE").isBusinessDay(LocalDate.of(2026, 12, 24))).as("Christmas Eve is a working day").isTrue();
    }

    @Test
    void japansGoldenWeek2026IsFourDaysOffAfterAWorkingThursdayAndFriday() {
        BusinessCalendar japan = CALENDARS.of("JP");
        assertThat(japan.isBusinessDay(LocalDate.of(2026, 4, 29))).as("Showa Day").isFalse();
        assertThat(japan.isBusinessDay(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(japan.isBusinessDay(LocalDate.of(2026, 5, 1))).isTrue();
        for (int day = 2; day <= 6; day++) {
            assertThat(japan.isBusinessDay(LocalDate.of(2026, 5, day))).as("May %d", day).isFalse();
        }
        assertThat(japan.nextBusinessDay(LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(japan.plusBusinessDays(LocalDate.of(2026, 5, 1), 1)).isEqualTo(LocalDate.of(2026, 5, 7));
    }

    @Test
    void aHolidayMovesTheFirstPickupDayAndTheDeliveryDay() {
        BusinessCalendar india = CALENDARS.of("IN");
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        LocalTime cutOff = LocalTime.of(16, 0);
        LocalDate friday = LocalDate.of(2026, 1, 23);
        assertThat(india.firstPickupDay(ZonedDateTime.of(friday, LocalTime.of(11, 0), kolkata), cutOff)).isEqualTo(friday);
        assertThat(india.firstPickupDay(ZonedDateTime.of(friday, LocalTime.of(16, 30), kolkata), cutOff))
                .as("after the cut-off on Friday: past the weekend and Republic Day").isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(india.plusBusinessDays(friday, 1)).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(india.plusBusinessDays(LocalDate.of(2026, 1, 16), 1)).as("a week earlier").isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(india.businessDaysBetween(friday, LocalDate.of(2026, 1, 28))).isEqualTo(2);
    }

    @Test
    void usFederalHolidaysAreTheElevenOfTheLawOnTheirObservedDays() {
        BusinessCalendar us = CALENDARS.of("US");
        for (int year : YEARS) {
            Set<LocalDate> expected = new TreeSet<>();
            for (int y = year - 1; y <= year + 1; y++) {
                for (LocalDate holiday : usFederalHolidays(y)) {
                    LocalDate observed = observed(holiday);
                    if (observed.getYear() == year) {
                        expected.add(observed);
                    }
                }
            }
            assertThat(us.holidaysIn(year).keySet()).as("%d", year).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theEasterHolidaysOfGermanyAndEnglandFollowEaster() {
        for (int year : YEARS) {
            LocalDate easter = easterSunday(year);
            assertThat(CALENDARS.of("DE").holidaysIn(year).keySet()).as("DE %d", year).containsExactly(
                    LocalDate.of(year, 1, 1), easter.minusDays(2), easter.plusDays(1), LocalDate.of(year, 5, 1),
                    easter.plusDays(39), easter.plusDays(50), LocalDate.of(year, 10, 3), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
            Set<LocalDate> england = new TreeSet<>(List.of(easter.minusDays(2), easter.plusDays(1),
                    nth(year, Month.MAY, 1, MONDAY), LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(MONDAY)),
                    LocalDate.of(year, 8, 31).with(TemporalAdjusters.previousOrSame(MONDAY))));
            england.addAll(substitutedForWeekends(List.of(LocalDate.of(year, 1, 1))));
            england.addAll(substitutedForWeekends(List.of(LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26))));
            assertThat(CALENDARS.of("GB").holidaysIn(year).keySet()).as("GB %d", year).containsExactlyElementsOf(england);
        }
    }

    @Test
    void aJapaneseHolidayOnASundayHasItsSubstituteOnTheNextDayThatIsNotAHoliday() {
        BusinessCalendar japan = CALENDARS.of("JP");
        for (int year : YEARS) {
            Map<LocalDate, String> holidays = japan.holidaysIn(year);
            List<LocalDate> substitutes = new ArrayList<>();
            holidays.forEach((date, name) -> {
                if (date.getDayOfWeek() == SUNDAY && !name.startsWith("Substitute")) {
                    LocalDate next = date.plusDays(1);
                    while (holidays.containsKey(next) && !holidays.get(next).startsWith("Substitute")) {
                        next = next.plusDays(1);
                    }
                    substitutes.add(next);
                }
            });
            assertThat(holidays.entrySet().stream().filter(e -> e.getValue().startsWith("Substitute")).map(Map.Entry::getKey))
                    .as("%d", year).containsExactlyElementsOf(substitutes);
        }
    }

    @Test
    void koreasSeollalAndChuseokAreThreeDaysInARow() {
        BusinessCalendar korea = CALENDARS.of("KR");
        for (int year : YEARS) {
            for (String festival : List.of("Seollal", "Chuseok")) {
                List<LocalDate> days = korea.holidaysIn(year).entrySet().stream()
                        .filter(e -> e.getValue().startsWith(festival)).map(Map.Entry::getKey).toList();
                assertThat(days).as("%s %d", festival, year).hasSize(3);
                assertThat(days.get(2)).as("%s %d", festival, year).isEqualTo(days.get(0).plusDays(2));
            }
        }
    }

    @Test
    void aCountryWithoutFilesHasWeekendsOnly() {
        BusinessCalendar france = CALENDARS.of("fr");
        assertThat(france.country()).isEqualTo("FR");
        assertThat(CALENDARS.of("FR")).isSameAs(france);
        assertThat(france.covers(2026)).isFalse();
        assertThat(france.isBusinessDay(LocalDate.of(2026, 7, 14))).as("Bastille Day is not in any file").isTrue();
        assertThat(france.isBusinessDay(LocalDate.of(2026, 7, 18))).isFalse();
        assertThatThrownBy(() -> CALENDARS.of("USA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDARS.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weekendsAreDataSoAFridaySaturdayCountryNeedsOnlyALine() {
        BusinessCalendars calendars = new BusinessCalendars("calendars/fri-sat");
        BusinessCalendar saudiArabia = calendars.of("SA");
        assertThat(saudiArabia.weekend()).containsExactlyInAnyOrder(FRIDAY, SATURDAY);
        assertThat(saudiArabia.isBusinessDay(LocalDate.of(2026, 2, 20))).as("a Friday").isFalse();
        assertThat(saudiArabia.isBusinessDay(LocalDate.of(2026, 2, 22))).as("Founding Day, a Sunday").isFalse();
        assertThat(saudiArabia.plusBusinessDays(LocalDate.of(2026, 2, 19), 1)).as("Thursday + 1").isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendars.of("AE").weekend()).as("the * line").containsExactlyInAnyOrder(SATURDAY, SUNDAY);
    }

    @Test
    void aMalformedFileFailsTheLoadWithItsLineNumber() {
        assertThatThrownBy(() -> new BusinessCalendars("calendars/malformed"))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("calendars/malformed/XX/2026.csv");
                    assertThat(e.line()).isEqualTo(5);
                })
                .hasMessage("calendars/malformed/XX/2026.csv, line 5: '2026-02-30' is not a date (yyyy-mm-dd)");
        assertThatThrownBy(() -> new BusinessCalendars("calendars/misnamed"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("calendars/misnamed/xx/2026.csv");
    }

    private void assertDayOff(String country, String date, String name) {
        BusinessCalendar calendar = CALENDARS.of(country);
        assertThat(calendar.holiday(LocalDate.parse(date))).as("%s %s", country, date).contains(name);
        assertThat(calendar.isBusinessDay(LocalDate.parse(date))).as("%s %s", country, date).isFalse();
    }

    /** 5 U.S.C. 6103(a): the eleven federal holidays of a year, on their nominal dates. */
    private static List<LocalDate> usFederalHolidays(int year) {
        return List.of(LocalDate.of(year, 1, 1), nth(year, Month.JANUARY, 3, MONDAY), nth(year, Month.FEBRUARY, 3, MONDAY),
                LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(MONDAY)), LocalDate.of(year, 6, 19),
                LocalDate.of(year, 7, 4), nth(year, Month.SEPTEMBER, 1, MONDAY), nth(year, Month.OCTOBER, 2, MONDAY),
                LocalDate.of(year, 11, 11), nth(year, Month.NOVEMBER, 4, THURSDAY), LocalDate.of(year, 12, 25));
    }

    /** Executive Order 11582: a holiday on a Saturday is observed on the Friday before, on a Sunday the Monday after. */
    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    /** The Banking and Financial Dealings Act's substitute days: a holiday on a weekend moves to the next free weekday. */
    private static Set<LocalDate> substitutedForWeekends(List<LocalDate> holidays) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate holiday : holidays) {
            LocalDate day = holiday;
            while (day.getDayOfWeek() == SATURDAY || day.getDayOfWeek() == SUNDAY || days.contains(day)) {
                day = day.plusDays(1);
            }
            days.add(day);
        }
        return days;
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

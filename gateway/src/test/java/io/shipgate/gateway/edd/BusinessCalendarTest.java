package io.shipgate.gateway.edd;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Counting business days on one calendar: a Saturday-Sunday week with holidays in 2026 only (Christmas
 * on Friday, December 25, and a holiday on a Monday, June 1).
 */
class BusinessCalendarTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 24);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate SATURDAY_AFTER = LocalDate.of(2026, 12, 26);
    private static final LocalDate MONDAY_AFTER = LocalDate.of(2026, 12, 28);
    private static final LocalTime CUT_OFF = LocalTime.of(17, 0);
    private static final ZoneId WAREHOUSE = ZoneId.of("Europe/Berlin");

    private final BusinessCalendar calendar = new BusinessCalendar("XX", EnumSet.of(SATURDAY, SUNDAY), Set.of(2026),
            Map.of(CHRISTMAS, "Christmas Day", LocalDate.of(2026, 6, 1), "A Monday holiday"));

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertThat(calendar.isBusinessDay(THURSDAY)).isTrue();
        assertThat(calendar.isBusinessDay(CHRISTMAS)).isFalse();
        assertThat(calendar.isBusinessDay(SATURDAY_AFTER)).isFalse();
        assertThat(calendar.isBusinessDay(SATURDAY_AFTER.plusDays(1))).isFalse();
        assertThat(calendar.isBusinessDay(MONDAY_AFTER)).isTrue();
        assertThat(calendar.holiday(CHRISTMAS)).contains("Christmas Day");
        assertThat(calendar.holiday(THURSDAY)).isEmpty();
    }

    @Test
    void nextBusinessDayIsTheDayItselfOrTheFirstAfterIt() {
        assertThat(calendar.nextBusinessDay(THURSDAY)).isEqualTo(THURSDAY);
        assertThat(calendar.nextBusinessDay(CHRISTMAS)).isEqualTo(MONDAY_AFTER);
        assertThat(calendar.nextBusinessDay(SATURDAY_AFTER)).isEqualTo(MONDAY_AFTER);
        assertThat(calendar.nextBusinessDay(LocalDate.of(2026, 5, 30))).as("a weekend before a holiday").isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void aHolidayOrAWeekendMovesPlusBusinessDays() {
        LocalDate wednesday = LocalDate.of(2026, 12, 23);
        assertThat(calendar.plusBusinessDays(wednesday, 0)).isEqualTo(wednesday);
        assertThat(calendar.plusBusinessDays(wednesday, 1)).isEqualTo(THURSDAY);
        assertThat(calendar.plusBusinessDays(wednesday, 2)).as("over Christmas and the weekend").isEqualTo(MONDAY_AFTER);
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 17), 2)).as("a week earlier, no holiday").isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(calendar.plusBusinessDays(CHRISTMAS, 0)).as("0 from a holiday: the next business day").isEqualTo(MONDAY_AFTER);
        assertThat(calendar.plusBusinessDays(SATURDAY_AFTER, 1)).as("counted from the first business day").isEqualTo(MONDAY_AFTER.plusDays(1));
        assertThatThrownBy(() -> calendar.plusBusinessDays(wednesday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessDaysBetweenCountsTheDaysAfterTheFirstUpToTheSecond() {
        assertThat(calendar.businessDaysBetween(THURSDAY, THURSDAY)).isZero();
        assertThat(calendar.businessDaysBetween(THURSDAY, MONDAY_AFTER)).isEqualTo(1);
        assertThat(calendar.businessDaysBetween(MONDAY_AFTER, THURSDAY)).isEqualTo(-1);
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)))
                .as("Dec 22-24, 28-31, Jan 1 (2027 is not covered) and Jan 4").isEqualTo(9);
    }

    @Test
    void businessDaysBetweenUndoesPlusBusinessDaysFromEveryBusinessDay() {
        for (LocalDate day = LocalDate.of(2026, 5, 1); day.isBefore(LocalDate.of(2027, 2, 1)); day = day.plusDays(1)) {
            if (!calendar.isBusinessDay(day)) {
                continue;
            }
            for (int n = 0; n <= 15; n++) {
                assertThat(calendar.businessDaysBetween(day, calendar.plusBusinessDays(day, n))).as("%s + %d", day, n).isEqualTo(n);
            }
        }
    }

    @Test
    void aShipTimeAfterTheCutOffMovesTheFirstPickupDayByOneBusinessDay() {
        LocalDate tuesday = LocalDate.of(2026, 12, 22);
        assertThat(calendar.firstPickupDay(at(tuesday, "09:00"), CUT_OFF)).isEqualTo(tuesday);
        assertThat(calendar.firstPickupDay(at(tuesday, "17:00"), CUT_OFF)).as("at the cut-off itself").isEqualTo(tuesday);
        assertThat(calendar.firstPickupDay(at(tuesday, "17:01"), CUT_OFF)).isEqualTo(tuesday.plusDays(1));
        assertThat(calendar.firstPickupDay(at(THURSDAY, "17:01"), CUT_OFF)).as("over Christmas and the weekend").isEqualTo(MONDAY_AFTER);
        assertThat(calendar.firstPickupDay(at(LocalDate.of(2026, 12, 18), "18:30"), CUT_OFF)).as("Friday evening").isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void aShipTimeOnADayOffIsPickedUpOnTheNextBusinessDayWhateverTheTime() {
        assertThat(calendar.firstPickupDay(at(CHRISTMAS, "08:00"), CUT_OFF)).isEqualTo(MONDAY_AFTER);
        assertThat(calendar.firstPickupDay(at(SATURDAY_AFTER, "08:00"), CUT_OFF)).isEqualTo(MONDAY_AFTER);
        assertThat(calendar.firstPickupDay(at(SATURDAY_AFTER.plusDays(1), "23:59"), CUT_OFF)).isEqualTo(MONDAY_AFTER);
    }

    @Test
    void theShipTimeIsReadInTheZoneItIsGivenIn() {
        ZonedDateTime thursdayNightInNewYork = ZonedDateTime.of(THURSDAY.minusDays(2), LocalTime.of(20, 0), ZoneId.of("America/New_York"));
        assertThat(calendar.firstPickupDay(thursdayNightInNewYork, CUT_OFF)).as("after the cut-off in New York").isEqualTo(THURSDAY.minusDays(1));
        ZonedDateTime sameInstantInTokyo = thursdayNightInNewYork.withZoneSameInstant(ZoneId.of("Asia/Tokyo"));
        assertThat(calendar.firstPickupDay(sameInstantInTokyo, CUT_OFF)).as("10:00 the next morning in Tokyo").isEqualTo(THURSDAY.minusDays(1));
        ZonedDateTime sameInstantInBerlin = thursdayNightInNewYork.withZoneSameInstant(WAREHOUSE);
        assertThat(calendar.firstPickupDay(sameInstantInBerlin, LocalTime.of(1, 0))).as("01:00 cut-off, 02:00 in Berlin").isEqualTo(THURSDAY);
    }

    @Test
    void aYearWithoutHolidayFilesCountsWeekendsOnly() {
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 12, 24))).as("a Friday in a year without holidays").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 12, 25))).as("a Saturday").isFalse();
        assertThat(calendar.holidaysIn(2027)).isEmpty();
        assertThat(calendar.holidaysIn(2026)).containsOnlyKeys(LocalDate.of(2026, 6, 1), CHRISTMAS);
    }

    @Test
    void aCalendarRefusesAWeekOfNoBusinessDayAndAHolidayOutsideItsYears() {
        assertThatThrownBy(() -> BusinessCalendar.weekendsOnly("XX", EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar("XX", Set.of(SUNDAY), Set.of(2026), Map.of(LocalDate.of(2025, 12, 25), "Christmas Day")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-12-25");
    }

    private static ZonedDateTime at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), WAREHOUSE);
    }

    /** The day table gives what walking day by day gives, inside it, across its edges and outside it. */
    @Test
    void theDayTableAgreesWithWalkingDayByDay() {
        BusinessCalendar friday = new BusinessCalendar("AE", EnumSet.of(DayOfWeek.FRIDAY, SATURDAY), Set.of(2026, 2045),
                Map.of(LocalDate.of(2026, 12, 2), "National Day", LocalDate.of(2045, 12, 29), "A last holiday"));
        java.util.Random random = new java.util.Random(7);
        for (BusinessCalendar c : java.util.List.of(calendar, friday)) {
            for (int round = 0; round < 3_000; round++) {
                LocalDate date = round % 3 == 0
                        ? BusinessCalendar.TABLE_LAST.plusDays(random.nextInt(80) - 60)
                        : round % 3 == 1 ? BusinessCalendar.TABLE_FIRST.plusDays(random.nextInt(80) - 20)
                        : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
                int n = random.nextInt(45);
                assertThat(c.isBusinessDay(date)).as("%s", date)
                        .isEqualTo(!c.weekend().contains(date.getDayOfWeek()) && c.holiday(date).isEmpty());
                LocalDate next = date;
                while (c.holiday(next).isPresent() || c.weekend().contains(next.getDayOfWeek())) {
                    next = next.plusDays(1);
                }
                assertThat(c.nextBusinessDay(date)).as("next after %s", date).isEqualTo(next);
                LocalDate plus = next;
                for (int left = n; left > 0; ) {
                    plus = plus.plusDays(1);
                    if (c.holiday(plus).isEmpty() && !c.weekend().contains(plus.getDayOfWeek())) {
                        left--;
                    }
                }
                assertThat(c.plusBusinessDays(date, n)).as("%s + %d", date, n).isEqualTo(plus);
                LocalDate to = date.plusDays(random.nextInt(90) - 30);
                int between = 0;
                for (LocalDate d = (to.isBefore(date) ? to : date).plusDays(1); !d.isAfter(to.isBefore(date) ? date : to); d = d.plusDays(1)) {
                    if (c.holiday(d).isEmpty() && !c.weekend().contains(d.getDayOfWeek())) {
                        between++;
                    }
                }
                assertThat(c.businessDaysBetween(date, to)).as("%s .. %s", date, to).isEqualTo(to.isBefore(date) ? -between : between);
            }
        }
    }
}

package io.shipgate.gateway.edd;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calendar data files as text: what a holiday or weekends file may hold, and each mistake with its line. */
class BusinessCalendarFilesTest {

    private static final String FILE = "holidays/XX/2026.csv";

    @Test
    void aHolidayFileMayHoldCommentsBlankLinesAndCommasInNames() {
        Map<LocalDate, String> holidays = holidays("""
                \uFEFF# a comment before the header

                date,name
                2026-01-01,New Year's Day
                  # an indented comment
                2026-10-02, Mahatma Gandhi's Birthday; Dussehra, in one line\s
                """);
        assertThat(holidays).containsExactly(
                Map.entry(LocalDate.of(2026, 1, 1), "New Year's Day"),
                Map.entry(LocalDate.of(2026, 10, 2), "Mahatma Gandhi's Birthday; Dussehra, in one line"));
        assertThat(holidays("date,name\n")).as("a year without holidays").isEmpty();
    }

    @Test
    void eachMistakeInAHolidayFileNamesItsLine() {
        assertMistake("2026-01-01,New Year's Day\n", 1, "expected the header line 'date,name', found '2026-01-01,New Year's Day'");
        assertMistake("# only a comment\n", 2, "the header line 'date,name' is missing");
        assertMistake("date,name\n2026-01-01,New Year's Day\n2026-1-6,Epiphany\n", 3, "'2026-1-6' is not a date (yyyy-mm-dd)");
        assertMistake("date,name\n\n2025-12-25,Christmas Day\n", 3, "2025-12-25 is not in 2026, the year of the file");
        assertMistake("date,name\n2026-05-01,Labour Day\n2026-05-01,May Day\n", 3,
                "2026-05-01 is listed twice (first on line 2); put both names on one line");
        assertMistake("date,name\n2026-05-01,\n", 2, "the holiday of 2026-05-01 has no name");
        assertMistake("date,name\n2026-05-01 Labour Day\n", 2, "expected date,name, found no comma in '2026-05-01 Labour Day'");
    }

    @Test
    void aWeekendsFileGivesTheDaysPerCountryAndADefault() {
        assertThat(weekends("# weekends\ncountry,days\n*,SATURDAY SUNDAY\nSA, friday  saturday\n"))
                .containsOnlyKeys("*", "SA")
                .hasEntrySatisfying("*", days -> assertThat(days).containsExactlyInAnyOrder(SATURDAY, SUNDAY))
                .hasEntrySatisfying("SA", days -> assertThat(days).containsExactlyInAnyOrder(FRIDAY, SATURDAY));
    }

    @Test
    void eachMistakeInAWeekendsFileNamesItsLine() {
        assertWeekendMistake("country,days\n*,SATURDAY SUNDAY\nSA,FRIDAY SABBATH\n", 3, "'SABBATH' is not a day of the week (MONDAY ... SUNDAY)");
        assertWeekendMistake("country,days\n*,MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY\n", 2,
                "a weekend of seven days leaves no business day");
        assertWeekendMistake("country,days\nUSA,SATURDAY SUNDAY\n", 2, "'USA' is not a country code (two capital letters) nor *");
        assertWeekendMistake("country,days\n*,SUNDAY\nIN,SUNDAY\nIN,SATURDAY SUNDAY\n", 4, "IN is listed twice (first on line 3)");
        assertWeekendMistake("country,days\nIN,SATURDAY SUNDAY\n", 3, "no line for * (the weekend of every other country)");
    }

    private static Map<LocalDate, String> holidays(String text) {
        return CalendarFiles.holidays(FILE, 2026, new BufferedReader(new StringReader(text)));
    }

    private static Map<String, Set<DayOfWeek>> weekends(String text) {
        return CalendarFiles.weekends("holidays/weekends.csv", new BufferedReader(new StringReader(text)));
    }

    private static void assertMistake(String text, int line, String reason) {
        assertThatThrownBy(() -> holidays(text)).as(text)
                .isInstanceOfSatisfying(CalendarFileException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessage(FILE + ", line " + line + ": " + reason);
    }

    private static void assertWeekendMistake(String text, int line, String reason) {
        assertThatThrownBy(() -> weekends(text)).as(text)
                .isInstanceOfSatisfying(CalendarFileException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessage("holidays/weekends.csv, line " + line + ": " + reason);
    }
}

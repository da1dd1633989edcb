package io.shipgate.gateway.pickup;

import io.shipgate.carrier.model.Address;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.warehouse.Warehouse;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PickupRulesTest {

    private static final BusinessCalendars CALENDARS = new BusinessCalendars();
    /** Monday 21 December 2026, 15:30 in New York. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-21T20:30:00Z"), ZoneOffset.UTC);
    private static final Warehouse BROOKLYN = new Warehouse(UUID.randomUUID(), UUID.randomUUID(), "Brooklyn DC",
            new Address("Dock", null, "+1 212 555 0100", null, "200 Flushing Ave", null, "Brooklyn", "NY", "11205", "US", false),
            ZoneId.of("America/New_York"), LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), false, false);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime FOUR = LocalTime.of(16, 0);

    private final PickupRules rules = new PickupRules(CALENDARS, CLOCK);

    @Test
    void aWorkingDayAheadWithAWindowBeforeTheCutOffIsBookable() {
        assertThat(rules.check(BROOKLYN, LocalDate.of(2026, 12, 22), TEN, FOUR)).isEmpty();
        assertThat(rules.check(BROOKLYN, LocalDate.of(2026, 12, 21), TEN, FOUR)).as("today, before the cut-off").isEmpty();
    }

    @Test
    void aPastDayAClosedDayAndAPublicHolidayAreRefusedNamingTheDate() {
        assertThat(messages(rules.check(BROOKLYN, LocalDate.of(2026, 12, 18), TEN, FOUR))).singleElement().asString().contains("in the past");
        assertThat(messages(rules.check(BROOKLYN, LocalDate.of(2026, 12, 26), TEN, FOUR))).singleElement().asString()
                .contains("Saturday, not a working day");
        assertThat(messages(rules.check(BROOKLYN, LocalDate.of(2026, 12, 25), TEN, FOUR))).singleElement().asString()
                .contains("public holiday in US");
    }

    @Test
    void aWindowAfterTheCutOffOrBackwardsAndTodayAfterTheCutOffAreRefused() {
        assertThat(rules.check(BROOKLYN, LocalDate.of(2026, 12, 22), LocalTime.of(17, 30), LocalTime.of(19, 0)))
                .extracting(FieldError::field).containsExactly("ready_from");
        assertThat(rules.check(BROOKLYN, LocalDate.of(2026, 12, 22), FOUR, TEN)).extracting(FieldError::field).containsExactly("ready_until");
        PickupRules evening = new PickupRules(CALENDARS, Clock.offset(CLOCK, java.time.Duration.ofHours(2)));
        assertThat(evening.check(BROOKLYN, LocalDate.of(2026, 12, 21), TEN, FOUR)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("cut-off 17:00 has passed"));
    }

    private static List<String> messages(List<FieldError> errors) {
        assertThat(errors).extracting(FieldError::field).containsOnly("date");
        return errors.stream().map(FieldError::message).toList();
    }
}

package io.shipgate.gateway.pickup;

import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.warehouse.Warehouse;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a warehouse can have a pickup: a date that is today or later at the warehouse, one of its working days and no
 * public holiday of its country (the EDD calendars), a window that ends after it starts and starts by the cut-off, and,
 * for today, a booking before the cut-off.
 */
@Component
class PickupRules {

    private final BusinessCalendars calendars;
    private final Clock clock;

    PickupRules(BusinessCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The fields that break a rule, each with why; empty when the pickup can be booked. */
    List<FieldError> check(Warehouse warehouse, LocalDate date, LocalTime readyFrom, LocalTime readyUntil) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        LocalDate today = warehouse.today(now);
        String where = " at warehouse " + warehouse.name() + " (" + warehouse.timeZone() + ")";
        if (date.isBefore(today)) {
            errors.add(new FieldError("date", "is in the past: today is " + today + where));
        } else if (!warehouse.worksOn(date)) {
            errors.add(new FieldError("date", "is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ", not a working day" + where + " " + warehouse.workingDays().stream().sorted().toList()));
        } else {
            calendars.of(warehouse.location().country()).holiday(date).ifPresent(holiday -> errors.add(new FieldError("date",
                    "is a public holiday in " + warehouse.location().country() + " (" + holiday + ")")));
        }
        if (!readyUntil.isAfter(readyFrom)) {
            errors.add(new FieldError("ready_until", "must be after ready_from"));
        }
        if (readyFrom.isAfter(warehouse.cutoffTime())) {
            errors.add(new FieldError("ready_from", "is after the cut-off " + warehouse.cutoffTime() + where));
        }
        if (date.equals(today) && now.atZone(warehouse.timeZone()).toLocalTime().isAfter(warehouse.cutoffTime())) {
            errors.add(new FieldError("date", "is today, and today's cut-off " + warehouse.cutoffTime() + " has passed" + where
                    + ": book the next working day"));
        }
        return errors;
    }
}

package io.shipgate.gateway.warehouse;

import io.shipgate.carrier.model.Address;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A warehouse as other features use it: where the courier comes ({@link #location()}, with the contact as the
 * address's name and phone), its time zone, cut-off and working days.
 */
public record Warehouse(UUID id, UUID tenantId, String name, Address location, ZoneId timeZone, LocalTime cutoffTime,
                        Set<DayOfWeek> workingDays, boolean autoAttachPickups, boolean archived) {

    public Warehouse {
        workingDays = Set.copyOf(workingDays);
    }

    /** The warehouse's date at this instant. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, timeZone);
    }

    public boolean worksOn(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek());
    }
}

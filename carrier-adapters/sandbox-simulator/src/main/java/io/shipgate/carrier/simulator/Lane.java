package io.shipgate.carrier.simulator;

import java.time.Instant;
import java.time.LocalDate;

/** From where to where a parcel goes. */
record Lane(Party origin, Party destination) {

    boolean domestic() {
        return origin.country().equals(destination.country());
    }

    /** The day it is at the origin at {@code now}. */
    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Geography.timeZone(origin.country(), origin.state()));
    }

    /** The request's {@code ship_date}: today at the origin when absent, never in the past. */
    LocalDate shipDate(JsonFields request, Instant now) {
        LocalDate today = today(now);
        LocalDate shipDate = request.optionalDate("ship_date");
        if (shipDate == null) {
            return today;
        }
        if (shipDate.isBefore(today)) {
            throw request.invalid("ship_date", "must not be in the past (today is " + today + " at the origin)");
        }
        return shipDate;
    }

    /** The price zone: 1 to 8 within a country, 9 to the same continent, 10 beyond. */
    int zone() {
        return Geography.zone(origin, destination);
    }
}

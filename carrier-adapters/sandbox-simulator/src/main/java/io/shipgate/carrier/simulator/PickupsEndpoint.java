package io.shipgate.carrier.simulator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code POST /v1/pickups} and {@code DELETE /v1/pickups/{id}}. The simulated courier picks up on
 * weekdays between 09:00 and 18:00 local time: a weekend date moves to the Monday after, and the
 * window shrinks to those hours, which must leave at least one hour. Only the account that booked a
 * pickup can cancel it; to another one it does not exist.
 */
final class PickupsEndpoint {

    record Pickup(String pickupId, LocalDate date, LocalTime readyFrom, LocalTime readyUntil) {
    }

    record Cancellation(String pickupId, String status) {
    }

    private static final LocalTime OPENS = LocalTime.of(9, 0);
    private static final LocalTime CLOSES = LocalTime.of(18, 0);
    private static final Duration SHORTEST_WINDOW = Duration.ofHours(1);
    private static final int CAPACITY = 10_000;

    /** Pickup ids, each with the {@link Owner#id()} of the account that booked it. */
    private final BoundedCache<String, String> pickups = new BoundedCache<>(CAPACITY);

    SimulatorResponse schedule(SimulatorRequest request) {
        JsonFields body = request.json();
        JsonFields addressFields = body.object("address");
        Party address = Party.read(addressFields, true);
        LocalDate date = body.date("date");
        LocalTime readyFrom = body.time("ready_from");
        LocalTime readyUntil = body.time("ready_until");
        body.positiveInt("package_count");
        if (body.has("total_weight_grams")) {
            body.positiveInt("total_weight_grams");
        }
        body.optionalText("instructions", 200);

        LocalDate today = LocalDate.ofInstant(request.now(), Geography.timeZone(address.country(), address.state()));
        if (date.isBefore(today)) {
            throw body.invalid("date", "must not be in the past (today is " + today + " at the pickup address)");
        }
        if (!readyUntil.isAfter(readyFrom)) {
            throw body.invalid("ready_until", "must be after ready_from");
        }
        if (!Coverage.serves(address)) {
            throw SimulatorError.notServiceable(addressFields.path("postal_code"), "no pickups at postal code " + address.postalCode());
        }
        LocalTime from = readyFrom.isBefore(OPENS) ? OPENS : readyFrom;
        LocalTime until = readyUntil.isAfter(CLOSES) ? CLOSES : readyUntil;
        if (Duration.between(from, until).compareTo(SHORTEST_WINDOW) < 0) {
            throw SimulatorError.notServiceable("ready_until", "the courier needs a window of at least one hour between "
                    + OPENS + " and " + CLOSES);
        }
        LocalDate pickupDate = date;
        while (pickupDate.getDayOfWeek() == DayOfWeek.SATURDAY || pickupDate.getDayOfWeek() == DayOfWeek.SUNDAY) {
            pickupDate = pickupDate.plusDays(1);
        }
        String pickupId = RandomIds.next("PU" + pickupDate.format(DateTimeFormatter.BASIC_ISO_DATE), 6);
        pickups.put(pickupId, request.owner().id());
        return SimulatorResponse.json(201, new Pickup(pickupId, pickupDate, from, until));
    }

    SimulatorResponse cancel(SimulatorRequest request) {
        String pickupId = request.pathParameter();
        if (!pickups.remove(pickupId, request.owner().id())) {
            throw SimulatorError.notFound("no pickup " + pickupId);
        }
        return SimulatorResponse.json(200, new Cancellation(pickupId, "CANCELLED"));
    }
}

package io.shipgate.gateway.demo;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierHistoryModel;
import io.shipgate.carrier.spi.CarrierHistoryModel.Journey;
import io.shipgate.carrier.spi.CarrierHistoryModel.Route;
import io.shipgate.gateway.edd.BusinessCalendar;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.edd.EddCalculator;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.shipment.ShipmentHistory.Finished;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Draws finished shipments of the sandbox carrier for a tenant: for each, a flow and a warehouse and recipient of it
 * ({@link HistoryLanes}), a service among those the carrier sells on the lane, a purchase time on a day of the period
 * (9:00 to 18:00 at the warehouse), the carrier's promised date, and the parcel's journey from the carrier's
 * {@link CarrierHistoryModel}, dated in the gateway's business calendars: picked up on the first business day from the
 * purchase (no cut-off), first attempted {@code transit} business days later in the destination's calendar (dated as
 * the EDD dates a transit: {@link EddCalculator#deliveryDate}), each failed attempt retried the next business day; a
 * return to origin arrives back {@code returnBusinessDays} business days of the origin's calendar after its last attempt. Deliveries happen between 10:00 and 20:00 local time.
 * The same seed draws the same history (ids and AWBs aside).
 */
final class HistoryGenerator {

    private final CarrierHistoryModel model;
    private final BusinessCalendars calendars;

    HistoryGenerator(CarrierHistoryModel model, BusinessCalendars calendars) {
        this.model = model;
        this.calendars = calendars;
    }

    /** What to generate: {@code shipments} bought from {@code from} to {@code to} (inclusive), drawn from {@code seed}. */
    record Plan(UUID tenantId, UUID carrierAccountId, int shipments, LocalDate from, LocalDate to, long seed) {

        Plan {
            if (shipments < 1) {
                throw new IllegalArgumentException("--shipments must be at least 1");
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("--to must not be before --from");
            }
        }
    }

    List<Finished> generate(Plan plan) {
        SplittableRandom random = new SplittableRandom(plan.seed());
        int days = (int) ChronoUnit.DAYS.between(plan.from(), plan.to()) + 1;
        List<Finished> shipments = new ArrayList<>(plan.shipments());
        for (int i = 0; i < plan.shipments(); i++) {
            shipments.add(one(plan, plan.from().plusDays(random.nextInt(days)), random));
        }
        return shipments;
    }

    private Finished one(Plan plan, LocalDate day, RandomGenerator random) {
        HistoryLanes.Flow flow = HistoryLanes.flow(random);
        Address shipper = flow.warehouses().get(random.nextInt(flow.warehouses().size()));
        Address recipient = flow.recipients().get(random.nextInt(flow.recipients().size()));
        Route route = new Route(shipper.country(), shipper.postalCode(), recipient.country(), recipient.postalCode());
        String service = service(model.services(route), random);
        ZoneId originZone = model.timeZone(shipper.country(), shipper.postalCode());
        ZoneId destinationZone = model.timeZone(recipient.country(), recipient.postalCode());
        ZonedDateTime bought = day.atTime(LocalTime.of(9, 0).plusSeconds(random.nextInt(9 * 3600))).atZone(originZone);
        BusinessCalendar origin = calendars.of(shipper.country());
        BusinessCalendar destination = calendars.of(recipient.country());
        LocalDate pickupDay = EddCalculator.pickupDay(origin, bought, null);
        LocalDate promised = model.promisedDate(service, route, bought.toLocalDate());
        Journey journey = model.journey(service, route, pickupDay, plan.from(), random);

        LocalDate firstAttempt = EddCalculator.deliveryDate(destination, pickupDay, journey.transitBusinessDays());
        Instant firstAttemptAt = localTime(firstAttempt, destinationZone, random);
        TrackingStatus status;
        Instant deliveredAt;
        Instant finishedAt;
        if (journey.returnedToOrigin()) {
            LocalDate lastAttempt = EddCalculator.deliveryDate(destination, firstAttempt, journey.failedAttempts() - 1);
            LocalDate back = EddCalculator.deliveryDate(origin, lastAttempt, journey.returnBusinessDays());
            status = TrackingStatus.RTO_DELIVERED;
            deliveredAt = null;
            finishedAt = localTime(back, originZone, random);
        } else {
            LocalDate delivered = EddCalculator.deliveryDate(destination, firstAttempt, journey.failedAttempts());
            status = TrackingStatus.DELIVERED;
            deliveredAt = journey.failedAttempts() == 0 ? firstAttemptAt : localTime(delivered, destinationZone, random);
            finishedAt = deliveredAt;
        }
        Instant createdAt = bought.toInstant();
        UUID id = Ids.newId(Clock.fixed(createdAt, ZoneOffset.UTC));
        String awb = "SBH" + Long.toHexString(id.getLeastSignificantBits() & 0xFFFF_FFFF_FFFFL).toUpperCase(java.util.Locale.ROOT)
                + Long.toHexString(id.getMostSignificantBits() >>> 16).toUpperCase(java.util.Locale.ROOT);
        return new Finished(id, plan.tenantId(), plan.carrierAccountId(), model.carrierCode(), service, awb, "demo-history",
                shipper, recipient, status, bought.toLocalDate(), promised, createdAt, firstAttemptAt, deliveredAt, finishedAt);
    }

    private static String service(List<String> services, RandomGenerator random) {
        double total = services.stream().mapToDouble(HistoryLanes::serviceWeight).sum();
        double draw = random.nextDouble() * total;
        for (String service : services) {
            draw -= HistoryLanes.serviceWeight(service);
            if (draw < 0 && HistoryLanes.serviceWeight(service) > 0) {
                return service;
            }
        }
        return services.stream().filter(s -> HistoryLanes.serviceWeight(s) > 0).reduce((a, b) -> b).orElseThrow();
    }

    /** A time from 10:00 to 20:00 on the local date. */
    private static Instant localTime(LocalDate date, ZoneId zone, RandomGenerator random) {
        return date.atTime(LocalTime.of(10, 0).plusSeconds(random.nextInt(10 * 3600))).atZone(zone).toInstant();
    }
}

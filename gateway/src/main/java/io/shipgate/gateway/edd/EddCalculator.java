package io.shipgate.gateway.edd;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Turns a transit-time distribution into delivery dates (pure; no state). The pickup day is the ORIGIN country's first
 * business day the parcel can go ({@link BusinessCalendar#firstPickupDay}, after the cut-off the next one); a transit of
 * n business days ends on the date D after it with {@code destination.businessDaysBetween(pickup, D) == n}, the earliest
 * such date: n = 0 is the pickup day itself, n >= 1 the destination's n-th business day after the pickup day (the same
 * count the learner measures transits in). The earliest and latest dates are the central interval holding the
 * confidence c: the percentiles (1 - c) / 2 and 1 - (1 - c) / 2.
 */
public final class EddCalculator {

    /** A day's last instant: with no cut-off a parcel ready any time on a business day goes that day. */
    private static final LocalTime NO_CUT_OFF = LocalTime.MAX;

    private EddCalculator() {
    }

    /** The estimate of a query, its readyAt already in the warehouse's zone. */
    public static DeliveryEstimate estimate(EddQuery query, TransitDistribution transit, EddSource source, double laneShipments,
                                            BusinessCalendar origin, BusinessCalendar destination) {
        LocalDate pickup = pickupDay(origin, query.readyAt(), query.cutOff());
        return forPickup(query.carrier(), query.service(), pickup, transit, source, laneShipments, destination, query.confidence());
    }

    /** The pickup day of a parcel ready at this time (in the warehouse's zone); cutOff null: none. */
    public static LocalDate pickupDay(BusinessCalendar origin, ZonedDateTime readyAt, LocalTime cutOff) {
        return origin.firstPickupDay(readyAt, cutOff == null ? NO_CUT_OFF : cutOff);
    }

    /** The estimate for a known pickup day (the backtest's: the shipment's own). */
    public static DeliveryEstimate forPickup(String carrier, String service, LocalDate pickupDate, TransitDistribution transit,
                                             EddSource source, double laneShipments, BusinessCalendar destination, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        int p50 = transit.percentile(0.50);
        int p75 = transit.percentile(0.75);
        int p90 = transit.percentile(0.90);
        int p95 = transit.percentile(0.95);
        int p99 = transit.percentile(0.99);
        double tail = (1 - confidence) / 2;
        int low = transit.percentile(tail);
        int high = transit.percentile(1 - tail);
        return new DeliveryEstimate(carrier, service, pickupDate, p50, p75, p90, p95, p99,
                deliveryDate(destination, pickupDate, p50), deliveryDate(destination, pickupDate, p75),
                deliveryDate(destination, pickupDate, p90), deliveryDate(destination, pickupDate, p95),
                deliveryDate(destination, pickupDate, p99), deliveryDate(destination, pickupDate, low),
                deliveryDate(destination, pickupDate, high), source, laneShipments);
    }

    /** The date a transit of this many business days after the pickup day ends on, in the destination's calendar. */
    public static LocalDate deliveryDate(BusinessCalendar destination, LocalDate pickupDate, int businessDays) {
        if (businessDays <= 0) {
            return pickupDate;
        }
        return destination.plusBusinessDays(pickupDate.plusDays(1), businessDays - 1);
    }
}

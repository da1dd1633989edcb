package io.shipgate.gateway.backtest;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.edd.BusinessCalendar;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.EddCalculator;
import io.shipgate.gateway.lanes.FinishedShipment;
import io.shipgate.gateway.lanes.Lane;
import io.shipgate.gateway.lanes.LaneBook;
import io.shipgate.gateway.lanes.LaneTransit;
import io.shipgate.gateway.shipment.ShipmentHistory.FinishedView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The replay (pure: no Spring, no database). The tenant's finished shipments, in the order they finished, are recorded
 * into a fresh {@link LaneBook} (the live EDD's learner, with its settings); the shipments bought in the period, in the
 * order they were bought, are each predicted just before: from the lane's transit as of its purchase
 * ({@link LaneBook#transit}), dated by {@link EddCalculator} from its pickup day (the first business day of the origin
 * from its ship date), so only deliveries that finished before its purchase are known. Returned shipments are counted
 * but not predicted against; everything else is in {@link AccuracyTally}.
 */
final class EddBacktest {

    private final LaneBook.Settings settings;
    private final BusinessCalendars calendars;

    EddBacktest(LaneBook.Settings settings, BusinessCalendars calendars) {
        this.settings = settings;
        this.calendars = calendars;
    }

    /** A shipment as the replay sees it: what the learner records, and its pickup and delivery days. */
    record Replayed(FinishedView view, FinishedShipment finished, LocalDate pickupDate, LocalDate deliveredOn) {
    }

    /**
     * @param history the tenant's finished shipments bought before the end of the period (any order)
     */
    EddAccuracy run(UUID tenantId, List<FinishedView> history, LocalDate from, LocalDate to, double confidence, Instant now) {
        List<Replayed> all = new ArrayList<>(history.size());
        for (FinishedView view : history) {
            all.add(replayed(tenantId, view));
        }
        List<Replayed> byFinish = new ArrayList<>(all);
        byFinish.sort(Comparator.comparing((Replayed r) -> r.finished().finishedAt()));
        List<Replayed> predicted = all.stream().filter(r -> !r.view().shipDate().isBefore(from) && !r.view().shipDate().isAfter(to))
                .sorted(Comparator.comparing((Replayed r) -> r.view().createdAt())).toList();

        LaneBook book = new LaneBook(settings);
        AccuracyTally overall = new AccuracyTally("*", "*", confidence);
        Map<String, AccuracyTally> services = new TreeMap<>();
        int learned = 0;
        for (Replayed shipment : predicted) {
            Instant at = shipment.view().createdAt();
            while (learned < byFinish.size() && byFinish.get(learned).finished().finishedAt().isBefore(at)) {
                book.record(byFinish.get(learned++).finished());
            }
            FinishedView view = shipment.view();
            AccuracyTally service = services.computeIfAbsent(view.carrier() + "\u0000" + view.service(),
                    k -> new AccuracyTally(view.carrier(), view.service(), confidence));
            if (!shipment.finished().delivered()) {
                overall.returnedToOrigin();
                service.returnedToOrigin();
                continue;
            }
            Lane lane = shipment.finished().lane();
            LaneTransit transit = book.transit(lane, at);
            BusinessCalendar destination = calendars.of(view.destinationCountry());
            DeliveryEstimate estimate = EddCalculator.forPickup(view.carrier(), view.service(), shipment.pickupDate(), transit.distribution(),
                    transit.source(), transit.laneShipments(), destination, confidence);
            int days = shipment.finished().transitBusinessDays();
            overall.delivered(estimate, transit.distribution(), days, shipment.deliveredOn(), view.promisedDate(), destination);
            service.delivered(estimate, transit.distribution(), days, shipment.deliveredOn(), view.promisedDate(), destination);
        }
        return new EddAccuracy(from, to, confidence, now, overall.result(), services.values().stream().map(AccuracyTally::result).toList());
    }

    /**
     * What the learner records of a finished shipment: picked up on the first business day of the origin from its ship
     * date; delivered on the local date of the destination; its transit the business days of the destination's calendar
     * after the pickup day up to that date; a failed attempt when its first attempt came before its delivery (or it was
     * returned: the count of attempts is not kept, so 1); on time against the carrier's promised date.
     */
    Replayed replayed(UUID tenantId, FinishedView view) {
        Lane lane = Lane.of(view.carrier(), view.service(), view.originCountry(), view.originPostalCode(), view.destinationCountry(),
                view.destinationPostalCode());
        LocalDate pickup = calendars.of(view.originCountry()).nextBusinessDay(view.shipDate());
        boolean delivered = view.status() == TrackingStatus.DELIVERED;
        LocalDate deliveredOn = delivered ? LocalDate.ofInstant(view.deliveredAt(), zone(view.destinationCountry())) : null;
        Integer transit = delivered ? calendars.of(view.destinationCountry()).businessDaysBetween(pickup, deliveredOn) : null;
        boolean failedFirst = !delivered || (view.firstAttemptAt() != null && view.firstAttemptAt().isBefore(view.deliveredAt()));
        Boolean onTime = delivered && view.promisedDate() != null ? !deliveredOn.isAfter(view.promisedDate()) : null;
        FinishedShipment finished = new FinishedShipment(tenantId, lane, pickup, view.finishedAt(), delivered, !delivered,
                failedFirst ? 1 : 0, delivered && !failedFirst, transit, view.promisedDate(), onTime);
        return new Replayed(view, finished, pickup, deliveredOn);
    }

    private static final Map<String, ZoneId> ZONES = Map.of("IN", ZoneId.of("Asia/Kolkata"), "US", ZoneId.of("America/New_York"),
            "JP", ZoneId.of("Asia/Tokyo"), "KR", ZoneId.of("Asia/Seoul"), "DE", ZoneId.of("Europe/Berlin"), "GB", ZoneId.of("Europe/London"));

    /** The zone a country's local delivery dates are read in (the US: Eastern time); UTC for others. */
    static ZoneId zone(String country) {
        return ZONES.getOrDefault(country, ZoneOffset.UTC);
    }
}

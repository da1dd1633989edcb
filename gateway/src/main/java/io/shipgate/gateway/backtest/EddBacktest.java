package io.shipgate.gateway.backtest;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.edd.BusinessCalendar;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.EddCalculator;
import io.shipgate.gateway.edd.EddQuery;
import io.shipgate.gateway.lanes.FinishedShipment;
import io.shipgate.gateway.lanes.Lane;
import io.shipgate.gateway.lanes.LaneBook;
import io.shipgate.gateway.lanes.LaneRebuild;
import io.shipgate.gateway.lanes.LaneTransit;
import io.shipgate.gateway.shipment.ShipmentHistory.FinishedView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
            // as the live EDD answers (LaneMemory.estimate): the lane's transit as of now, dated from the time it is ready
            Lane lane = shipment.finished().lane();
            LaneTransit transit = book.transit(lane, at);
            BusinessCalendar destination = calendars.of(view.destinationCountry());
            EddQuery query = new EddQuery(view.carrier(), view.service(), view.originCountry(), view.originPostalCode(),
                    view.destinationCountry(), view.destinationPostalCode(), at.atZone(zone(view.originCountry())), null, confidence);
            DeliveryEstimate estimate = EddCalculator.estimate(query, transit.distribution(), transit.source(), transit.laneShipments(),
                    calendars.of(view.originCountry()), destination);
            // judged from the pickup day the estimate counts from (the learner counts from the ship date)
            int days = destination.businessDaysBetween(estimate.pickupDate(), shipment.deliveredOn());
            overall.delivered(estimate, transit.distribution(), days, shipment.deliveredOn(), view.promisedDate(), destination);
            service.delivered(estimate, transit.distribution(), days, shipment.deliveredOn(), view.promisedDate(), destination);
        }
        return new EddAccuracy(from, to, confidence, now, overall.result(), services.values().stream().map(AccuracyTally::result).toList());
    }

    /**
     * What the live learner records of a finished shipment ({@link LaneRebuild#finished}: its lane, outcome, transit from
     * its ship date, on time against the promise), learned at its delivery (or, returned, at its last update); and, to
     * judge the prediction, its pickup day (the first business day of the origin from its ship date, as the EDD counts
     * from it) and the local date it was delivered.
     */
    Replayed replayed(UUID tenantId, FinishedView view) {
        boolean delivered = view.status() == TrackingStatus.DELIVERED;
        FinishedShipment finished = LaneRebuild.finished(calendars, LaneRebuild.outcome(tenantId, view),
                delivered ? view.deliveredAt() : view.finishedAt(), delivered);
        LocalDate pickup = calendars.of(view.originCountry()).nextBusinessDay(view.shipDate());
        LocalDate deliveredOn = delivered ? LocalDate.ofInstant(view.deliveredAt(), zone(view.destinationCountry())) : null;
        return new Replayed(view, finished, pickup, deliveredOn);
    }

    /** The zone a country's local dates are read in, as the learner reads them. */
    static ZoneId zone(String country) {
        return LaneRebuild.zone(country);
    }
}

package io.shipgate.gateway.backtest;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.demo.DemoHistory;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.lanes.LaneBook;
import io.shipgate.gateway.shipment.ShipmentHistory.Finished;
import io.shipgate.gateway.shipment.ShipmentHistory.FinishedView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The backtest's replay: calibrated and better than the carrier's promise on the generated history; no lookahead. */
class EddBacktestTest {

    private static final BusinessCalendars CALENDARS = new BusinessCalendars();
    private static final UUID TENANT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private final EddBacktest backtest = new EddBacktest(LaneBook.Settings.defaults(), CALENDARS);

    /**
     * Three months of history (before the sandbox's standard service degrades in the fourth, outside the peak season),
     * the last two predicted: the steady state. After a step change (the degradation, the peak season) the learner lags:
     * docs/decide.md, "Backtest", has the figures.
     */
    @Test
    void onAGeneratedHistoryEachPercentileIsWithinThreePointsOfNominalAndTheMaeBeatsTheCarriersPromise() {
        List<FinishedView> history = DemoHistory.generated(TENANT, 6_000, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 1).stream()
                .map(EddBacktestTest::view).toList();
        EddAccuracy accuracy = backtest.run(TENANT, history, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30), 0.9, NOW);

        ServiceAccuracy all = accuracy.overall();
        assertThat(all.shipments()).isEqualTo(history.stream().filter(v -> !v.shipDate().isBefore(LocalDate.of(2026, 5, 1))).count());
        assertThat(all.delivered() + all.returnedToOrigin()).isEqualTo(all.shipments());
        for (ServiceAccuracy.Calibration c : all.calibration()) {
            assertThat(c.realisedInterpolated()).as("p%d", c.percentile()).isCloseTo(c.nominal(), within(0.03));
            assertThat(c.realised()).as("p%d's date", c.percentile()).isCloseTo(c.predicted(), within(0.03));
        }
        assertThat(all.maeDays()).isLessThan(all.carrierPromise().maeDays());
        assertThat(all.maeBusinessDays()).isLessThan(all.carrierPromise().maeBusinessDays());
        assertThat(all.onTime()).isGreaterThan(all.carrierPromise().onTime());
        assertThat(accuracy.services()).extracting(ServiceAccuracy::service)
                .containsExactly("sandbox_economy", "sandbox_express", "sandbox_standard");
    }

    @Test
    void aPredictionUsesOnlyTheShipmentsThatFinishedBeforeItsPurchase() {
        // shipment X is bought on Monday 2026-06-15 at 10:00 in Gurugram; A (2 days, finished the Friday before) is known by
        // then, B (bought earlier, 12 days in transit, finished after X's purchase) is not: X's prediction is A's alone
        ZoneId india = ZoneId.of("Asia/Kolkata");
        FinishedView a = delivered("2026-06-08T10:00", "2026-06-10T15:00", india);
        FinishedView b = delivered("2026-06-09T10:00", "2026-06-25T15:00", india);
        FinishedView x = delivered("2026-06-15T10:00", "2026-06-17T15:00", india);
        LocalDate day = LocalDate.of(2026, 6, 15);

        EddAccuracy withB = backtest.run(TENANT, List.of(a, b, x), day, day, 0.9, NOW);
        EddAccuracy withoutB = backtest.run(TENANT, List.of(a, x), day, day, 0.9, NOW);
        assertThat(withB.overall()).isEqualTo(withoutB.overall());
        assertThat(withB.overall().delivered()).isEqualTo(1);
        assertThat(withB.overall().sources()).containsOnlyKeys("LANE_HISTORY");

        // once B has finished before X's purchase, it counts: X's p99 moves out
        FinishedView lateX = delivered("2026-06-26T10:00", "2026-06-30T15:00", india);
        LocalDate late = LocalDate.of(2026, 6, 26);
        EddAccuracy afterB = backtest.run(TENANT, List.of(a, b, lateX), late, late, 0.9, NOW);
        EddAccuracy afterAOnly = backtest.run(TENANT, List.of(a, lateX), late, late, 0.9, NOW);
        assertThat(afterB.overall().calibration()).isNotEqualTo(afterAOnly.overall().calibration());
    }

    private static FinishedView delivered(String bought, String delivered, ZoneId zone) {
        Instant createdAt = java.time.LocalDateTime.parse(bought).atZone(zone).toInstant();
        Instant deliveredAt = java.time.LocalDateTime.parse(delivered).atZone(zone).toInstant();
        return new FinishedView(UUID.randomUUID(), "sandbox", "sandbox_standard", "IN", "122015", "IN", "400001", TrackingStatus.DELIVERED,
                LocalDate.parse(bought.substring(0, 10)), LocalDate.parse(bought.substring(0, 10)).plusDays(3), createdAt, deliveredAt,
                deliveredAt, deliveredAt);
    }

    static FinishedView view(Finished s) {
        Address from = s.shipper();
        Address to = s.recipient();
        return new FinishedView(s.id(), s.carrier(), s.service(), from.country(), from.postalCode(), to.country(), to.postalCode(), s.status(),
                s.shipDate(), s.promisedDate(), s.createdAt(), s.firstAttemptAt(), s.deliveredAt(), s.finishedAt());
    }

    static List<FinishedView> views(List<Finished> shipments) {
        return new ArrayList<>(shipments.stream().map(EddBacktestTest::view).toList());
    }
}

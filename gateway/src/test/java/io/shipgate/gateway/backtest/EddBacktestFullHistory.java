package io.shipgate.gateway.backtest;

import io.shipgate.gateway.demo.DemoHistory;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.lanes.LaneBook;
import io.shipgate.gateway.shipment.ShipmentHistory.FinishedView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The figures of docs/decide.md, "Backtest", in memory: the generated 100,000-shipment history (seed 1, the model
 * {@code demo history} stores) replayed by the same {@link EddBacktest} {@code edd backtest} runs, without the database.
 * A measurement, not a test: runs only with {@code -Dshipgate.backtest.full=true}; optional
 * {@code -Dshipgate.backtest.half-life=60d} (all counts) and {@code -Dshipgate.backtest.transit-half-life=14d} (or a list: 60d,14d,7d).
 */
@EnabledIfSystemProperty(named = "shipgate.backtest.full", matches = "true")
class EddBacktestFullHistory {

    @Test
    void figures() {
        UUID tenant = UUID.randomUUID();
        List<FinishedView> history = DemoHistory.generated(tenant, 100_000, LocalDate.of(2025, 8, 1), LocalDate.of(2026, 1, 31), 1).stream()
                .map(EddBacktestTest::view).toList();
        LaneBook.Settings settings = LaneBook.Settings.defaults();
        String halfLife = System.getProperty("shipgate.backtest.half-life");
        if (halfLife != null) {
            settings = settings.withHalfLife(duration(halfLife));
        }
        String transit = System.getProperty("shipgate.backtest.transit-half-life", settings.transitHalfLife().toDays() + "d");
        for (String t : transit.split(",")) {
            LaneBook.Settings s = settings.withTransitHalfLife(duration(t));
            EddBacktest backtest = new EddBacktest(s, new BusinessCalendars());
            System.out.println("SETTINGS half-life " + s.halfLife() + ", transit half-life " + s.transitHalfLife() + ", k " + s.smoothing());
            period(backtest, tenant, history, "2025-09-01", "2026-01-31");
            period(backtest, tenant, history, "2025-09-01", "2025-10-31");
            period(backtest, tenant, history, "2025-11-01", "2025-12-31");
            period(backtest, tenant, history, "2026-01-01", "2026-01-31");
        }
    }

    private static void period(EddBacktest backtest, UUID tenant, List<FinishedView> history, String from, String to) {
        EddAccuracy a = backtest.run(tenant, history, LocalDate.parse(from), LocalDate.parse(to), 0.9, Instant.parse("2026-12-01T00:00:00Z"));
        StringBuilder line = new StringBuilder("FIGURES " + from + ".." + to);
        for (ServiceAccuracy s : concat(a)) {
            line.append("\n  ").append(s.service()).append(" n=").append(s.shipments()).append(" delivered=").append(s.delivered())
                    .append(" rto=").append(s.returnedToOrigin())
                    .append(String.format(" window=%.1f%% onTime=%.1f%% mae=%.2f/%.2fbd promise onTime=%.1f%% mae=%.2f/%.2fbd |",
                            100 * s.withinWindow(), 100 * s.onTime(), s.maeDays(), s.maeBusinessDays(), 100 * s.carrierPromise().onTime(),
                            s.carrierPromise().maeDays(), s.carrierPromise().maeBusinessDays()));
            for (ServiceAccuracy.Calibration c : s.calibration()) {
                line.append(String.format(" p%d %.1f/%.1f/%.1f", c.percentile(), 100 * c.predicted(), 100 * c.realised(), 100 * c.realisedInterpolated()));
            }
        }
        System.out.println(line);
    }

    private static List<ServiceAccuracy> concat(EddAccuracy a) {
        List<ServiceAccuracy> all = new java.util.ArrayList<>(a.services());
        all.add(a.overall());
        return all;
    }

    private static Duration duration(String s) {
        return Duration.ofDays(Long.parseLong(s.replace("d", "")));
    }
}

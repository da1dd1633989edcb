package io.shipgate.gateway.lanes;

import io.shipgate.gateway.edd.EddSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Learning lanes from finished shipments: smoothing toward the carrier's average, and decay. */
class LaneBookTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    /** Delhi to Mumbai, and two other lanes of the same kind (within India). */
    private static final Lane LANE = new Lane("delhivery", "SURFACE", "IN-110", "IN-400");
    private static final Lane OTHER = new Lane("delhivery", "SURFACE", "IN-560", "IN-700");
    private static final Lane THIRD = new Lane("delhivery", "SURFACE", "IN-122", "IN-600");

    private static FinishedShipment delivered(Lane lane, Instant at, int days) {
        return new FinishedShipment(TENANT, lane, LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(days), at, true, false, 0, true,
                days, null, null);
    }

    private static FinishedShipment returned(Lane lane, Instant at) {
        return new FinishedShipment(TENANT, lane, LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(7), at, false, true, 2, false,
                null, null, null);
    }

    @Test
    void aThinLaneFollowsTheCarriersAverageAndMovesToItsOwnDaysAsDeliveriesAccumulate() {
        LaneBook book = new LaneBook(LaneBook.Settings.defaults());
        LaneTransit none = book.transit(LANE, NOW);
        assertThat(none.source()).isEqualTo(EddSource.ZONE_DEFAULT);
        for (int i = 0; i < 200; i++) {
            book.record(delivered(i % 2 == 0 ? OTHER : THIRD, NOW.minusSeconds(3600L * i), 5));
        }
        LaneTransit average = book.transit(LANE, NOW);
        assertThat(average.source()).isEqualTo(EddSource.CARRIER_AVERAGE);
        assertThat(average.distribution().percentile(0.5)).isEqualTo(5);
        assertThat(average.laneShipments()).isZero();

        for (int i = 0; i < 5; i++) {
            book.record(delivered(LANE, NOW.minusSeconds(60L * i), 2));
        }
        LaneTransit thin = book.transit(LANE, NOW);
        assertThat(thin.source()).isEqualTo(EddSource.LANE_HISTORY);
        assertThat(thin.laneShipments()).isCloseTo(5, within(0.01));
        assertThat(thin.laneShare()).isCloseTo(0.2, within(0.01));
        assertThat(thin.distribution().percentile(0.5)).isEqualTo(5);
        assertThat(thin.distribution().probability(2)).isGreaterThan(0.15).isLessThan(0.3);

        for (int i = 5; i < 100; i++) {
            book.record(delivered(LANE, NOW.minusSeconds(60L * i), 2));
        }
        LaneTransit thick = book.transit(LANE, NOW);
        assertThat(thick.laneShare()).isGreaterThan(0.8);
        assertThat(thick.distribution().percentile(0.5)).isEqualTo(2);
        // The carrier's other lanes now lean toward the faster lane a little, through the service's average.
        assertThat(book.transit(new Lane("delhivery", "SURFACE", "IN-700", "IN-110"), NOW).distribution().probability(2))
                .isGreaterThan(0.2);
        // Another carrier learns nothing from Delhivery's deliveries.
        assertThat(book.transit(new Lane("bluedart", "SURFACE", "IN-110", "IN-400"), NOW).source()).isEqualTo(EddSource.ZONE_DEFAULT);
    }

    @Test
    void decayLetsRecentDeliveriesDominateSoACarrierThatGotSlowerShowsIt() {
        List<FinishedShipment> history = new ArrayList<>();
        // 200 deliveries in 2 days from 210 to 30 days ago, then 100 in 6 days over the last 30 days.
        for (int i = 0; i < 200; i++) {
            history.add(delivered(LANE, NOW.minus(Duration.ofHours(30 * 24 + i * 180 * 24 / 200)), 2));
        }
        for (int i = 0; i < 100; i++) {
            history.add(delivered(LANE, NOW.minus(Duration.ofHours(i * 30 * 24 / 100)), 6));
        }
        LaneBook decaying = new LaneBook(LaneBook.Settings.defaults());
        LaneBook forever = new LaneBook(LaneBook.Settings.defaults().withHalfLife(Duration.ofDays(365 * 100)));
        history.forEach(decaying::record);
        history.forEach(forever::record);
        assertThat(forever.transit(LANE, NOW).distribution().percentile(0.5)).isEqualTo(2);
        assertThat(decaying.transit(LANE, NOW).distribution().percentile(0.5)).isEqualTo(6);
        // 300 shipments, but the decayed count is what they weigh now: well below it.
        assertThat(decaying.transit(LANE, NOW).laneShipments()).isBetween(120.0, 160.0);

        // The same history recorded out of order teaches the same.
        LaneBook shuffled = new LaneBook(LaneBook.Settings.defaults());
        List<FinishedShipment> copy = new ArrayList<>(history);
        Collections.shuffle(copy, new Random(17));
        copy.forEach(shuffled::record);
        assertThat(shuffled.transit(LANE, NOW).distribution().probability(6))
                .isCloseTo(decaying.transit(LANE, NOW).distribution().probability(6), within(1e-9));
        assertThat(shuffled.transit(LANE, NOW).laneShipments()).isCloseTo(decaying.transit(LANE, NOW).laneShipments(), within(1e-6));
    }

    @Test
    void reliabilityIsTheLanesOwnOnAThickLaneTheCarriersOnAnEmptyOneAndThePriorWithoutHistory() {
        LaneBook book = new LaneBook(LaneBook.Settings.defaults());
        assertThat(book.reliability(LANE, NOW)).isEqualTo(LaneBook.NEUTRAL);
        // LANE: half of 200 shipments returned to origin; OTHER: 200 delivered.
        for (int i = 0; i < 200; i++) {
            Instant at = NOW.minusSeconds(600L * i);
            book.record(i % 2 == 0 ? delivered(LANE, at, 3) : returned(LANE, at));
            book.record(delivered(OTHER, at, 3));
        }
        LaneReliability bad = book.reliability(LANE, NOW);
        assertThat(bad.rtoRate()).isBetween(0.4, 0.5);
        assertThat(bad.ndrRate()).isBetween(0.4, 0.5);
        assertThat(bad.deliverySuccess()).isBetween(0.5, 0.6);
        assertThat(bad.laneShare()).isGreaterThan(0.9);
        LaneReliability good = book.reliability(OTHER, NOW);
        assertThat(good.rtoRate()).isLessThan(0.05);
        LaneReliability unknown = book.reliability(THIRD, NOW);
        assertThat(unknown.shipments()).isZero();
        assertThat(unknown.laneShare()).isZero();
        assertThat(unknown.rtoRate()).isBetween(good.rtoRate(), bad.rtoRate()).isCloseTo(0.25, within(0.05));

        // Two years later the same history weighs little and every lane is back near the prior.
        LaneReliability later = book.reliability(LANE, NOW.plus(Duration.ofDays(365 * 2)));
        assertThat(later.shipments()).isLessThan(1);
        assertThat(later.rtoRate()).isCloseTo(LaneBook.NEUTRAL.rtoRate(), within(0.03));
    }
}

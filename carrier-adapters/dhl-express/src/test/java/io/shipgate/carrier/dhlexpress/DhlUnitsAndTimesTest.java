package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.carrier.spi.CarrierTimes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Units and times converted at the edge, both ways. */
class DhlUnitsAndTimesTest {

    @Test
    void weightsAreConvertedToTheSystemsUnitToThreeDecimalsAndNeverZero() {
        assertThat(DhlUnits.METRIC.weight(Weight.of("4", WeightUnit.LB))).isEqualByComparingTo("1.814");
        assertThat(DhlUnits.IMPERIAL.weight(Weight.of("1.5", WeightUnit.KG))).isEqualByComparingTo("3.307");
        assertThat(DhlUnits.METRIC.weight(Weight.of("250", WeightUnit.G))).isEqualByComparingTo("0.25");
        assertThat(DhlUnits.METRIC.weight(Weight.of("0.1", WeightUnit.G))).isEqualByComparingTo("0.001");
    }

    @Test
    void dimensionsAreRoundedUpToWholeUnitsOfTheSystem() {
        assertThat(DhlUnits.IMPERIAL.dimensions(Dimensions.of("30", "20", "10", DimensionUnit.CM))).isEqualTo(new DhlUnits.PackageDimensions(12, 8, 4));
        assertThat(DhlUnits.METRIC.dimensions(Dimensions.of("12", "9", "6", DimensionUnit.IN))).isEqualTo(new DhlUnits.PackageDimensions(31, 23, 16));
        assertThat(DhlUnits.METRIC.dimensions(Dimensions.of("15", "15", "0.2", DimensionUnit.CM))).isEqualTo(new DhlUnits.PackageDimensions(15, 15, 1));
        assertThat(DhlUnits.METRIC.dimensions(null)).isNull();
    }

    @Test
    void shippersInTheUsMeasureInPoundsAndEveryoneElseInKilograms() {
        assertThat(DhlUnits.defaultFor("US")).isEqualTo(DhlUnits.IMPERIAL);
        assertThat(DhlUnits.defaultFor("CZ")).isEqualTo(DhlUnits.METRIC);
        assertThat(DhlUnits.IMPERIAL.wireName()).isEqualTo("imperial");
    }

    @Test
    void aPlannedShippingTimeIsNeverInThePast() {
        assertThat(DhlShippingTime.planned(null, DhlTestAccount.CLOCK, null)).isEqualTo("2026-11-24T08:00:00 GMT+00:00");
        assertThat(DhlShippingTime.planned(LocalDate.of(2026, 11, 24), DhlTestAccount.CLOCK, null)).isEqualTo("2026-11-24T12:00:00 GMT+00:00");
        assertThat(DhlShippingTime.planned(LocalDate.of(2026, 11, 30), DhlTestAccount.CLOCK, null)).isEqualTo("2026-11-30T12:00:00 GMT+00:00");
        assertThat(DhlShippingTime.planned(LocalDate.of(2026, 11, 1), DhlTestAccount.CLOCK, null)).isEqualTo("2026-11-24T08:00:00 GMT+00:00");
    }

    /** Issue 15 behaviour 11: MyDHL reads the planned time as the shipper's local time, and prints its date. */
    @Test
    void aPlannedShippingTimeIsTheShippersLocalTimeSoItsDateIsTheShippersDate() {
        Clock evening = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC); // 22:00 on the 24th in New York
        Address newYork = new Address(null, null, null, null, "11 Wall St", null, "New York", "NY", "10005", "US", null);
        assertThat(DhlShippingTime.planned(null, evening, newYork)).isEqualTo("2026-11-24T22:00:00 GMT-05:00");
        assertThat(DhlShippingTime.planned(LocalDate.of(2026, 11, 24), evening, newYork)).isEqualTo("2026-11-24T22:00:00 GMT-05:00");
        assertThat(DhlShippingTime.planned(LocalDate.of(2026, 11, 26), evening, newYork)).isEqualTo("2026-11-26T12:00:00 GMT-05:00");
        Address prague = new Address(null, null, null, null, "Na Prikope 1", null, "Praha", null, "11000", "CZ", null);
        assertThat(DhlShippingTime.planned(LocalDate.of(2026, 11, 25), evening, prague)).isEqualTo("2026-11-25T12:00:00 GMT+01:00");
    }

    @Test
    void localTimesKeepTheirOffsetBothWays() {
        assertThat(DhlShippingTime.gmt(LocalDate.of(2026, 11, 25).atTime(LocalTime.of(9, 30)).atOffset(ZoneOffset.ofHoursMinutes(5, 30))))
                .isEqualTo("2026-11-25T09:30:00 GMT+05:30");
        // MyDHL's answers are read by the SPI's CarrierTimes: its GMTOffset, its local date-times and times
        assertThat(CarrierTimes.offset("-03:00")).isEqualTo(ZoneOffset.ofHours(-3));
        assertThat(CarrierTimes.offset("")).isNull();
        assertThat(CarrierTimes.date("2024-11-07T18:00:00")).isEqualTo(LocalDate.of(2024, 11, 7));
        assertThat(CarrierTimes.time("10:00")).isEqualTo(LocalTime.of(10, 0));
        assertThat(CarrierTimes.time("09:30:15")).isEqualTo(LocalTime.of(9, 30, 15));
    }
}

package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import org.junit.jupiter.api.Test;

import io.shipgate.carrier.spi.CarrierTimes;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class UpsUnitsAndTimeTest {

    @Test
    void weightsAndDimensionsGoInTheShippersUnitsRoundedUp() {
        assertThat(UpsUnits.of("US")).isEqualTo(UpsUnits.IMPERIAL);
        assertThat(UpsUnits.of("DE")).isEqualTo(UpsUnits.METRIC);
        assertThat(UpsUnits.IMPERIAL.weight(Weight.of("1", WeightUnit.KG))).isEqualTo("2.3");   // 2.2046 lb
        assertThat(UpsUnits.METRIC.weight(Weight.of("4", WeightUnit.LB))).isEqualTo("1.9");     // 1.814 kg
        assertThat(UpsUnits.METRIC.weight(Weight.grams(20))).isEqualTo("0.1");                  // never zero
        var inches = UpsUnits.IMPERIAL.dimensions(Dimensions.of("30", "20", "10", DimensionUnit.CM));
        assertThat(inches.length()).isEqualTo("12");                                  // 11.81 in
        assertThat(inches.unitOfMeasurement().code()).isEqualTo("IN");
        var centimetres = UpsUnits.METRIC.dimensions(Dimensions.of("12", "9", "6", DimensionUnit.IN));
        assertThat(centimetres.length()).isEqualTo("31");                             // 30.48 cm
        assertThat(centimetres.height()).isEqualTo("16");                             // 15.24 cm
    }

    @Test
    void localTimesGetTheOffsetUpsGivesOrThePlacesZone() {
        // Tracking's gmtOffset, Track Alert's (-/+)HH.MM
        assertThat(UpsActivities.scanTime("20210210", "071356", "-05:00", null, null, null))
                .isEqualTo(new CarrierTimes.ScanTime(OffsetDateTime.parse("2021-02-10T07:13:56-05:00"), true));
        assertThat(UpsActivities.scanTime("20240423", "091519", "-04.00", null, null, null))
                .isEqualTo(new CarrierTimes.ScanTime(OffsetDateTime.parse("2024-04-23T09:15:19-04:00"), true));
        // the difference to the GMT time beside it, across midnight and at a half-hour offset
        assertThat(UpsActivities.scanTime("20240423", "003000", null, "20240422", "190000", null))
                .isEqualTo(new CarrierTimes.ScanTime(OffsetDateTime.parse("2024-04-23T00:30:00+05:30"), true));
        // the zone of the state, with its summer time; of the country; else UTC
        assertThat(UpsActivities.scanTime("20240701", "120000", null, null, null, new EventLocation("Los Angeles", "CA", null, "US")))
                .isEqualTo(new CarrierTimes.ScanTime(OffsetDateTime.parse("2024-07-01T12:00:00-07:00"), true));
        assertThat(UpsActivities.scanTime("20240101", "120000", null, null, null, new EventLocation("Berlin", null, null, "DE")))
                .isEqualTo(new CarrierTimes.ScanTime(OffsetDateTime.parse("2024-01-01T12:00:00+01:00"), true));
        // behaviour 2: a place whose zone is not one (Australia has several): the local time kept, its offset unknown
        assertThat(UpsActivities.scanTime("20240101", "120000", null, null, null, new EventLocation("Sydney", null, null, "AU")))
                .isEqualTo(new CarrierTimes.ScanTime(OffsetDateTime.parse("2024-01-01T12:00:00Z"), false));
        // UPS drops the leading zero of a time at times
        assertThat(CarrierTimes.time("74700")).isEqualTo(LocalTime.of(7, 47));
    }
}

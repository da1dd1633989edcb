package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.EventLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierTimesTest {

    private static final EventLocation MEMPHIS = new EventLocation("MEMPHIS", "TN", "38118", "US");
    private static final EventLocation MUMBAI = new EventLocation("Mumbai", null, null, "IN");
    private static final EventLocation NOWHERE = new EventLocation("Somewhere", null, null, null);

    @ParameterizedTest
    @CsvSource({
            "2026-11-24T10:05:00-05:00, 2026-11-24T10:05-05:00",
            "2026-11-24T15:05:00Z,      2026-11-24T15:05Z",
            "2026-11-24T10:05:00.123+0530, 2026-11-24T10:05:00.123+05:30",
    })
    void aTimeWithItsOffsetIsTakenAsWritten(String text, String expected) {
        CarrierTimes.ScanTime t = CarrierTimes.scan(text, NOWHERE);
        assertThat(t.at()).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(t.offsetKnown()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2026-11-24T10:05:00", "2026-11-24 10:05:00", "2026-11-24T10:05", "2026-11-24T10:05:00.250"})
    void aTimeWithoutOffsetTakesThePlacesZone(String text) {
        CarrierTimes.ScanTime t = CarrierTimes.scan(text, MEMPHIS);
        assertThat(t.at().toLocalDateTime().withNano(0)).isEqualTo(LocalDate.of(2026, 11, 24).atTime(10, 5));
        assertThat(t.at().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
        assertThat(t.offsetKnown()).isTrue();
        assertThat(CarrierTimes.scan(text, MUMBAI).at().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void aTimeWithoutOffsetFromAnUnknownPlaceIsKeptAsLocalTime() {
        CarrierTimes.ScanTime t = CarrierTimes.scan("2026-11-24T10:05:00", NOWHERE);
        assertThat(t.at()).isEqualTo(OffsetDateTime.parse("2026-11-24T10:05Z"));
        assertThat(t.offsetKnown()).isFalse();
        assertThat(CarrierTimes.scan("2026-11-24T10:05:00", null).offsetKnown()).isFalse();
        // a state split between zones is not guessed
        assertThat(CarrierTimes.scan("2026-11-24T10:05:00", new EventLocation(null, null, null, "US")).offsetKnown()).isFalse();
    }

    @Test
    void aDateAloneIsTheStartOfThatDayAndGarbageIsNull() {
        assertThat(CarrierTimes.scan("2026-11-24", MUMBAI).at()).isEqualTo(OffsetDateTime.parse("2026-11-24T00:00+05:30"));
        assertThat(CarrierTimes.scan("yesterday", MUMBAI)).isNull();
        assertThat(CarrierTimes.scan("  ", MUMBAI)).isNull();
    }

    @Test
    void datesTimesAndOffsetsInCarrierForms() {
        assertThat(CarrierTimes.date("20261127")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(CarrierTimes.date("2026-11-27T18:00:00")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(CarrierTimes.date("27/11/2026")).isNull();
        assertThat(CarrierTimes.time("74700")).isEqualTo(LocalTime.of(7, 47));
        assertThat(CarrierTimes.time("1005")).isEqualTo(LocalTime.of(10, 5));
        assertThat(CarrierTimes.time("10:05:30")).isEqualTo(LocalTime.of(10, 5, 30));
        assertThat(CarrierTimes.offset("-04.00")).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(CarrierTimes.offset("+0530")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(CarrierTimes.offsetFromGmt(LocalDate.of(2026, 1, 1).atTime(10, 0), LocalDate.of(2026, 1, 1).atTime(15, 0)))
                .isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void todayIsTheDateAtTheShippersPlace() {
        java.time.Clock lateEveningInNewYork = java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T03:30:00Z"), ZoneOffset.UTC);
        io.shipgate.carrier.model.Address newYork = new io.shipgate.carrier.model.Address(null, null, null, null, null, null,
                "New York", "NY", "10001", "US", null);
        assertThat(CarrierTimes.today(lateEveningInNewYork, newYork)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(CarrierTimes.today(lateEveningInNewYork, null)).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}

package io.shipgate.gateway.edd;

import io.shipgate.carrier.model.ServiceLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates from a transit distribution, in the real calendars of the class path (US and India, 2026). */
class EddCalculatorTest {

    private static final BusinessCalendars CALENDARS = new BusinessCalendars();
    private static final BusinessCalendar US = CALENDARS.of("US");
    private static final BusinessCalendar IN = CALENDARS.of("IN");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime CUT_OFF = LocalTime.of(17, 0);

    private static DeliveryEstimate twoDays(LocalDateTime readyAt, LocalTime cutOff, BusinessCalendar destination) {
        EddQuery query = new EddQuery("ups", "GROUND", "US", "10001", destination.country(), "94105",
                readyAt.atZone(NEW_YORK), cutOff, 0.9);
        return EddCalculator.estimate(query, TransitDistribution.exactly(2), EddSource.LANE_HISTORY, 40, US, destination);
    }

    @Test
    void aWeekendBetweenPickupAndDeliveryMovesTheDateByTwoDays() {
        // Wednesday: Thursday, Friday. Thursday: Friday, then Monday.
        assertThat(twoDays(LocalDateTime.of(2026, 12, 2, 10, 0), CUT_OFF, US).p50Date()).isEqualTo(LocalDate.of(2026, 12, 4));
        DeliveryEstimate thursday = twoDays(LocalDateTime.of(2026, 12, 3, 10, 0), CUT_OFF, US);
        assertThat(thursday.pickupDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(thursday.p50Date()).isEqualTo(LocalDate.of(2026, 12, 7));
        // Ready on a Saturday: picked up on Monday.
        assertThat(twoDays(LocalDateTime.of(2026, 12, 5, 10, 0), CUT_OFF, US).pickupDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aHolidayMovesTheDateAtPickupAndInTransit() {
        // A Tuesday a week before Thanksgiving (Thursday, November 26, 2026): Thursday. The Tuesday before it: Friday.
        assertThat(twoDays(LocalDateTime.of(2026, 11, 17, 10, 0), CUT_OFF, US).p50Date()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(twoDays(LocalDateTime.of(2026, 11, 24, 10, 0), CUT_OFF, US).p50Date()).isEqualTo(LocalDate.of(2026, 11, 27));
        // Ready on Thanksgiving itself: picked up on Friday, delivered on Tuesday.
        DeliveryEstimate onTheHoliday = twoDays(LocalDateTime.of(2026, 11, 26, 10, 0), CUT_OFF, US);
        assertThat(onTheHoliday.pickupDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(onTheHoliday.p50Date()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void deliveryDaysAreCountedInTheDestinationsCalendar() {
        // Picked up in the US on Monday, October 19, 2026; Tuesday is Dussehra in India (a business day in the US).
        DeliveryEstimate toUs = twoDays(LocalDateTime.of(2026, 10, 19, 10, 0), CUT_OFF, US);
        DeliveryEstimate toIndia = twoDays(LocalDateTime.of(2026, 10, 19, 10, 0), CUT_OFF, IN);
        assertThat(toUs.p50Date()).isEqualTo(LocalDate.of(2026, 10, 21));
        assertThat(toIndia.p50Date()).isEqualTo(LocalDate.of(2026, 10, 22));
    }

    @Test
    void aParcelReadyAfterTheCutOffIsPickedUpTheNextBusinessDay() {
        DeliveryEstimate atCutOff = twoDays(LocalDateTime.of(2026, 12, 1, 17, 0), CUT_OFF, US);
        DeliveryEstimate after = twoDays(LocalDateTime.of(2026, 12, 1, 17, 1), CUT_OFF, US);
        assertThat(atCutOff.pickupDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(atCutOff.p50Date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(after.pickupDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(after.p50Date()).isEqualTo(LocalDate.of(2026, 12, 4));
        // Without a cut-off, late in the day still goes the same day.
        assertThat(twoDays(LocalDateTime.of(2026, 12, 1, 23, 30), null, US).pickupDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void percentilesAreTheSmallestDaysWhoseShareReachesThemAndTheWindowIsTheCentralInterval() {
        TransitDistribution transit = TransitDistribution.of(0, 0, 1, 4, 3, 1, 0.5, 0.5);
        assertThat(transit.percentile(0.1)).isEqualTo(2);
        assertThat(transit.percentile(0.5)).isEqualTo(3);
        assertThat(transit.percentile(0.51)).isEqualTo(4);
        assertThat(transit.percentile(0.9)).isEqualTo(5);
        assertThat(transit.percentile(0.95)).isEqualTo(6);
        assertThat(transit.percentile(0.99)).isEqualTo(7);
        LocalDate monday = LocalDate.of(2026, 12, 7);
        DeliveryEstimate estimate = EddCalculator.forPickup("dhl", "EXPRESS", monday, transit, EddSource.LANE_HISTORY, 10, US, 0.8);
        assertThat(estimate).extracting(DeliveryEstimate::p50, DeliveryEstimate::p75, DeliveryEstimate::p90, DeliveryEstimate::p95,
                DeliveryEstimate::p99).containsExactly(3, 4, 5, 6, 7);
        // 80 %: from the 10th percentile (2 days: Wednesday) to the 90th (5 days: Monday).
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(estimate.latest()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(EddCalculator.forPickup("dhl", "EXPRESS", monday, TransitDistribution.exactly(0), EddSource.LANE_HISTORY, 1, US,
                0.9).p99Date()).isEqualTo(monday);
        assertThatThrownBy(() -> EddCalculator.forPickup("dhl", "EXPRESS", monday, transit, EddSource.LANE_HISTORY, 1, US, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoneDefaultsHoldTheirRangeAtP90WithALongTail() {
        TransitDistribution crossBorder = ZoneDefaults.standard().distribution(ZoneKind.CROSS_BORDER, ServiceLevel.STANDARD);
        assertThat(crossBorder.percentile(0.5)).isBetween(5, 10);
        assertThat(crossBorder.percentile(0.9)).isEqualTo(10);
        assertThat(crossBorder.percentile(0.99)).isGreaterThan(10);
        assertThat(ZoneDefaults.standard().distribution(ZoneKind.SAME_REGION, null).percentile(0.9)).isEqualTo(2);
        assertThat(ZoneKind.of("IN-122", "IN-122")).isEqualTo(ZoneKind.SAME_REGION);
        assertThat(ZoneKind.of("IN-122", "IN-400")).isEqualTo(ZoneKind.SAME_COUNTRY);
        assertThat(ZoneKind.of("NZ", "NZ")).isEqualTo(ZoneKind.SAME_COUNTRY);
        assertThat(ZoneKind.of("US-100", "CA-M")).isEqualTo(ZoneKind.CROSS_BORDER);
    }
}

package io.shipgate.gateway.demo;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.edd.BusinessCalendar;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.shipment.ShipmentHistory.Finished;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo history drawn through the sandbox carrier's model: its counts, outcomes, calendars and its degrading service. */
class HistoryGeneratorTest {

    private static final BusinessCalendars CALENDARS = new BusinessCalendars();
    private static final LocalDate FROM = LocalDate.of(2026, 5, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);

    private final List<Finished> history = new HistoryGenerator(DemoHistory.model(), CALENDARS)
            .generate(new HistoryGenerator.Plan(UUID.randomUUID(), UUID.randomUUID(), 20_000, FROM, TO, 7));

    @Test
    void drawsTheShipmentsAskedForOverTheLanesAndServicesOfThePeriodWithLaneSpecificReturnsAndFailedAttempts() {
        assertThat(history).hasSize(20_000);
        assertThat(history).allSatisfy(s -> {
            assertThat(s.shipDate()).isBetween(FROM, TO);
            assertThat(s.finishedAt()).isAfter(s.createdAt());
            assertThat(s.promisedDate()).isAfter(s.shipDate());
        });
        assertThat(history.stream().map(s -> s.recipient().country()).distinct()).containsExactlyInAnyOrder("IN", "US", "JP", "KR", "DE", "GB");
        assertThat(history.stream().map(Finished::service).distinct())
                .containsExactlyInAnyOrder("sandbox_economy", "sandbox_standard", "sandbox_express");

        Map<Boolean, List<Finished>> intoIndia = history.stream().collect(Collectors.partitioningBy(s -> s.recipient().country().equals("IN")));
        double rtoIndia = share(intoIndia.get(true), s -> s.status() == TrackingStatus.RTO_DELIVERED);
        double rtoElsewhere = share(intoIndia.get(false), s -> s.status() == TrackingStatus.RTO_DELIVERED);
        assertThat(rtoIndia).isBetween(0.04, 0.10);
        assertThat(rtoElsewhere).isBetween(0.01, 0.025);
        double ndrIndia = share(intoIndia.get(true), s -> s.deliveredAt() != null && s.firstAttemptAt().isBefore(s.deliveredAt()));
        assertThat(ndrIndia).isBetween(0.08, 0.18);
        assertThat(history).filteredOn(s -> s.status() == TrackingStatus.RTO_DELIVERED).allSatisfy(s -> {
            assertThat(s.deliveredAt()).isNull();
            assertThat(s.finishedAt()).isAfter(s.firstAttemptAt());
        });
    }

    @Test
    void deliversOnBusinessDaysOfTheDestinationOnlyAndLaterThanTheCarrierPromises() {
        assertThat(history).filteredOn(s -> s.deliveredAt() != null).allSatisfy(s -> {
            BusinessCalendar destination = CALENDARS.of(s.recipient().country());
            assertThat(destination.isBusinessDay(localDate(s))).as("%s delivered on %s", s.recipient().country(), localDate(s)).isTrue();
        });
        // the carrier promises its fixed transit, Monday to Friday: optimistic, as carriers are
        double onTime = share(history.stream().filter(s -> s.deliveredAt() != null).toList(), s -> !localDate(s).isAfter(s.promisedDate()));
        assertThat(onTime).isBetween(0.1, 0.5);
    }

    @Test
    void theStandardServiceDegradesByADayFromTheFourthMonth() {
        double before = meanTransit("sandbox_standard", FROM, FROM.plusMonths(2).minusDays(1));
        double after = meanTransit("sandbox_standard", FROM.plusMonths(3).plusDays(7), FROM.plusMonths(5).plusDays(14));
        assertThat(after - before).isBetween(0.7, 1.5);
        double expressBefore = meanTransit("sandbox_express", FROM, FROM.plusMonths(2).minusDays(1));
        double expressAfter = meanTransit("sandbox_express", FROM.plusMonths(3).plusDays(7), FROM.plusMonths(5).plusDays(14));
        assertThat(Math.abs(expressAfter - expressBefore)).isLessThan(0.25);
    }

    @Test
    void theSameSeedDrawsTheSameHistory() {
        List<Finished> again = new HistoryGenerator(DemoHistory.model(), CALENDARS)
                .generate(new HistoryGenerator.Plan(UUID.randomUUID(), UUID.randomUUID(), 20_000, FROM, TO, 7));
        assertThat(again).extracting(Finished::service, Finished::shipDate, Finished::finishedAt, Finished::promisedDate)
                .isEqualTo(history.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.service(), s.shipDate(), s.finishedAt(),
                        s.promisedDate())).toList());
    }

    /** Mean business days from pickup to delivery of a service's domestic Indian deliveries shipped in the days. */
    private double meanTransit(String service, LocalDate from, LocalDate to) {
        BusinessCalendar india = CALENDARS.of("IN");
        return history.stream().filter(s -> s.service().equals(service) && s.deliveredAt() != null
                        && s.shipper().country().equals("IN") && s.recipient().country().equals("IN")
                        && !s.shipDate().isBefore(from) && !s.shipDate().isAfter(to))
                .mapToInt(s -> india.businessDaysBetween(india.nextBusinessDay(s.shipDate()), localDate(s))).average().orElseThrow();
    }

    private static LocalDate localDate(Finished s) {
        return LocalDate.ofInstant(s.deliveredAt(), zone(s.recipient().country()));
    }

    private static ZoneId zone(String country) {
        return DemoHistory.model().timeZone(country, null);
    }

    private static double share(List<Finished> shipments, java.util.function.Predicate<Finished> condition) {
        return shipments.stream().filter(condition).count() / (double) shipments.size();
    }
}

package io.shipgate.gateway.lanes;

import io.shipgate.carrier.model.Edd;
import io.shipgate.gateway.edd.BusinessCalendar;
import io.shipgate.gateway.edd.BusinessCalendars;
import io.shipgate.gateway.edd.DeliveryEstimate;
import io.shipgate.gateway.edd.EddCalculator;
import io.shipgate.gateway.edd.EddSource;
import io.shipgate.gateway.edd.IsoTimes;
import io.shipgate.gateway.edd.TransitDistribution;
import io.shipgate.gateway.edd.ZoneDefaults;
import io.shipgate.gateway.edd.EddQuery;
import io.shipgate.gateway.edd.ZoneKind;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.ratecard.RateCardQuotes;
import io.shipgate.gateway.serviceability.AvailableCarrierView;
import io.shipgate.gateway.serviceability.ExcludedCarrierView;
import io.shipgate.gateway.serviceability.PaymentMode;
import io.shipgate.gateway.serviceability.ServiceabilityAnswer;
import io.shipgate.gateway.serviceability.ServiceabilityCheckRequest;
import io.shipgate.gateway.serviceability.ServiceabilityLocation;
import io.shipgate.gateway.serviceability.ServiceabilityService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code POST /v1/edd}: the serviceability check's available accounts, each with its services (its rate cards', those its
 * live check names, those with history on lanes of the same kind; else {@code *}, the carrier's average), each estimated
 * from memory ({@link LaneMemory}); the excluded accounts with their reasons.
 */
@Service
class EddService {

    static final double DEFAULT_CONFIDENCE = 0.9;
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,15}");

    private final ServiceabilityService serviceability;
    private final RateCardQuotes rateCards;
    private final LaneMemory lanes;
    private final CarrierCommitments commitments;
    private final BusinessCalendars calendars;
    private final Clock clock;

    EddService(ServiceabilityService serviceability, RateCardQuotes rateCards, LaneMemory lanes, CarrierCommitments commitments,
               BusinessCalendars calendars, Clock clock) {
        this.serviceability = serviceability;
        this.rateCards = rateCards;
        this.lanes = lanes;
        this.commitments = commitments;
        this.calendars = calendars;
        this.clock = clock;
    }

    EddAnswer estimate(UUID tenantId, EddRequest request) {
        postalCode("origin.postal_code", request.origin());
        postalCode("destination.postal_code", request.destination());
        LocalTime cutOff = request.cutOff() == null ? null : IsoTimes.localTime(request.cutOff());
        double confidence = request.confidence() == null ? DEFAULT_CONFIDENCE : request.confidence();
        String originCountry = request.origin().country().toUpperCase(Locale.ROOT);
        String destinationCountry = request.destination().country().toUpperCase(Locale.ROOT);
        ZonedDateTime readyAt = request.shipTime() != null ? shipTime(request.shipTime())
                : ZonedDateTime.now(clock).withZoneSameInstant(CountryZones.of(originCountry));
        ServiceabilityAnswer answer = serviceability.check(tenantId, new ServiceabilityCheckRequest(request.origin(), request.destination(),
                PaymentMode.PREPAID, null, null, request.carrierAccountIds()));
        String carrier = request.carrier() == null || request.carrier().isBlank() ? null : request.carrier().strip().toLowerCase(Locale.ROOT);
        Lane regions = Lane.of("-", Lane.ANY_SERVICE, originCountry, request.origin().postalCode(), destinationCountry,
                request.destination().postalCode());
        ZoneKind zone = ZoneKind.of(regions.originRegion(), regions.destinationRegion());
        LaneBook book = lanes.book(tenantId);
        List<AvailableCarrierView> eligible = answer.available().stream()
                .filter(a -> carrier == null || carrier.equals(a.carrier())).toList();
        BusinessCalendar destinationCalendar = calendars.of(destinationCountry);
        LocalDate pickup = EddCalculator.pickupDay(calendars.of(originCountry), readyAt, cutOff);
        Map<UUID, List<Edd>> committed = Boolean.TRUE.equals(request.includeCarrierCommitment())
                ? commitments.ask(tenantId, eligible.stream().map(AvailableCarrierView::carrierAccountId).collect(Collectors.toSet()),
                originCountry, request.origin().postalCode(), destinationCountry, request.destination().postalCode(), pickup)
                : Map.of();
        List<EddEstimateView> estimates = new ArrayList<>();
        for (AvailableCarrierView account : eligible) {
            List<Edd> accountCommitments = committed.getOrDefault(account.carrierAccountId(), List.of());
            Set<String> services = new LinkedHashSet<>();
            if (request.service() != null && !request.service().isBlank()) {
                services.add(request.service().strip());
            } else {
                services.addAll(rateCards.services(tenantId, account.carrierAccountId()));
                services.addAll(account.services());
                services.addAll(book.services(account.carrier(), zone));
                accountCommitments.stream().map(Edd::service).filter(s -> s != null && !s.isBlank()).forEach(services::add);
                if (services.isEmpty()) {
                    services.add(Lane.ANY_SERVICE);
                }
            }
            for (String service : services) {
                DeliveryEstimate e = lanes.estimate(tenantId, new EddQuery(account.carrier(), service, originCountry,
                        request.origin().postalCode(), destinationCountry, request.destination().postalCode(), readyAt, cutOff, confidence));
                Edd commitment = accountCommitments.stream().filter(c -> service.equals(c.service()) && c.estimatedDelivery() != null)
                        .findFirst().orElse(null);
                if (commitment != null && e.source() != EddSource.LANE_HISTORY) {
                    e = EddCalculator.forPickup(account.carrier(), service, e.pickupDate(), committedTransit(destinationCalendar,
                            e.pickupDate(), commitment), EddSource.CARRIER_COMMITMENT, e.laneShipments(), destinationCalendar, confidence);
                }
                estimates.add(new EddEstimateView(account.carrier(), account.carrierAccountId(), service, e.pickupDate(),
                        new EddEstimateView.BusinessDays(e.p50(), e.p75(), e.p90(), e.p95(), e.p99()),
                        new EddEstimateView.Dates(e.p50Date(), e.p75Date(), e.p90Date(), e.p95Date(), e.p99Date()),
                        e.earliest(), e.latest(), confidence, e.source(),
                        new EddEstimateView.LaneView(regions.originRegion(), regions.destinationRegion(),
                                Math.round(e.laneShipments() * 10) / 10.0),
                        commitment == null ? null : new EddEstimateView.CommitmentView(commitment.estimatedDelivery(),
                                commitment.latestDelivery(), commitment.transitDays(), commitment.guaranteed())));
            }
        }
        estimates.sort(Comparator.comparing(EddEstimateView::dates, Comparator.comparing(EddEstimateView.Dates::p50))
                .thenComparing(EddEstimateView::carrier).thenComparing(EddEstimateView::service));
        List<ExcludedCarrierView> excluded = answer.excluded().stream()
                .filter(x -> carrier == null || carrier.equals(x.carrier())).toList();
        return new EddAnswer(estimates, excluded);
    }

    /**
     * A commitment as a distribution: its window in business days after the pickup day (a single day without a latest
     * date) shaped as a zone default (90 % within it, the rest in a short tail after it).
     */
    static TransitDistribution committedTransit(BusinessCalendar destination, LocalDate pickup, Edd commitment) {
        int first = Math.max(0, destination.businessDaysBetween(pickup, commitment.estimatedDelivery()));
        int last = commitment.latestDelivery() == null ? first : Math.max(first, destination.businessDaysBetween(pickup, commitment.latestDelivery()));
        int max = TransitDistribution.MAX_DAYS - 1;
        return ZoneDefaults.distribution(new ZoneDefaults.Days(Math.min(first, max), Math.min(last, max)));
    }

    /** The ship time in its own offset (the cut-off is read in it), not adjusted to UTC as a parsed date-time would be. */
    private static ZonedDateTime shipTime(String text) {
        try {
            return IsoTimes.offsetDateTime(text.strip()).toZonedDateTime();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("ship_time", "must be a date and time with its UTC offset, such as 2026-12-03T15:30:00+05:30");
        }
    }

    private static void postalCode(String field, ServiceabilityLocation location) {
        if (!POSTAL_CODE.matcher(location.postalCode().strip()).matches()) {
            throw ApiException.invalid(field, "must be a postal code: letters, digits, spaces and hyphens");
        }
    }
}

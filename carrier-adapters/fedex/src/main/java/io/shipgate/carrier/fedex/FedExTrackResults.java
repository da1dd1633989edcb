package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * FedEx's track results ({@link FedExTrackWire.TrackResult}) as universal tracking, for the track
 * call, proof of delivery and tracking pushes alike.
 *
 * <p>Each scan event becomes an event: its status from {@link FedExStatusMap} ({@code eventType},
 * else {@code derivedStatusCode}), its time as FedEx wrote it with the place's offset (a time
 * without offset is the place's local time: {@link CarrierTimes} resolves the offset from the scan's
 * location or keeps the wall-clock time with the offset unknown, never dropping the scan), its scan
 * location; a delivery exception carries the NDR reason of its exception code or description. The
 * shipment's status is {@code latestStatusDetail.code}'s (the latest scan's when FedEx gives none). A
 * delivered shipment carries its delivery time and no estimate; otherwise the estimate keeps FedEx's
 * window (earliest and latest day).
 *
 * <p>FedEx reuses tracking numbers: one number may be answered with several results, one per
 * shipment. {@link #choose} takes the one that belongs to the shipment (the ship date nearest the
 * shipment's, else the most recent scan) and never merges them; the raw data then says which was
 * chosen ({@link Choice}).
 */
public final class FedExTrackResults {

    /** The dates of a track result that tell when its shipment left, in the order they are trusted. */
    private static final List<String> SHIP_DATES = List.of("SHIP", "ACTUAL_PICKUP", "ACTUAL_TENDER");

    private FedExTrackResults() {
    }

    /**
     * The result chosen among several for one number, for the raw data.
     *
     * @param trackResult the chosen element of {@code trackResults} (0-based)
     * @param of          how many results had tracking
     * @param by          {@code shipDate} (the nearest ship date to the shipment's) or {@code latestScan}
     * @param uniqueId    FedEx's {@code trackingNumberUniqueId} of the chosen result, when given
     */
    public record Choice(int trackResult, int of, String by, String uniqueId) {
    }

    /** A chosen result with the choice made, null {@code choice} when there was nothing to choose from. */
    public record Chosen(FedExTrackWire.TrackResult result, Choice choice) {
    }

    /**
     * The result with tracking that belongs to the shipment shipped on {@code shipDate} (null when
     * unknown): the nearest ship date, else the most recent scan; the first when nothing tells them
     * apart. Null when no result has tracking.
     */
    public static Chosen choose(List<FedExTrackWire.TrackResult> results, LocalDate shipDate) {
        List<FedExTrackWire.TrackResult> tracked = FedExValues.list(results).stream().filter(FedExTrackResults::hasTracking).toList();
        if (tracked.size() <= 1) {
            return tracked.isEmpty() ? null : new Chosen(tracked.getFirst(), null);
        }
        String by = "latestScan";
        Comparator<FedExTrackWire.TrackResult> order = Comparator.comparing(FedExTrackResults::latestScan,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        if (shipDate != null && tracked.stream().anyMatch(r -> shipDate(r) != null)) {
            by = "shipDate";
            order = Comparator.comparing((FedExTrackWire.TrackResult r) -> shipDate(r) == null ? Long.MAX_VALUE
                    : Math.abs(shipDate(r).toEpochDay() - shipDate.toEpochDay())).reversed();
        }
        FedExTrackWire.TrackResult best = tracked.getFirst();
        for (FedExTrackWire.TrackResult candidate : tracked) {
            if (order.compare(candidate, best) > 0) {
                best = candidate;
            }
        }
        int index = FedExValues.list(results).indexOf(best);
        return new Chosen(best, new Choice(index, tracked.size(), by,
                best.trackingNumberInfo() == null ? null : FedExValues.text(best.trackingNumberInfo().trackingNumberUniqueId())));
    }

    /** The raw answer kept with a tracking: as FedEx sent it, or, when a result was chosen among several, with the choice first. */
    public static String raw(byte[] body, Choice choice) {
        if (choice == null) {
            return new String(body, StandardCharsets.UTF_8);
        }
        try {
            return new String(CarrierJson.write(new ChosenAnswer(choice, CarrierJson.mapper().readTree(body))), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FedExErrors.unexpected("UNPARSEABLE_RESPONSE", "FedEx answered with content that is not JSON", e);
        }
    }

    /** {@code {"shipgateChoice": {...}, "answer": <FedEx's answer>}}. */
    record ChosenAnswer(Choice shipgateChoice, JsonNode answer) {
    }

    /** When the result's shipment left: its SHIP date, else its pickup or tender date; null when FedEx gives none. */
    static LocalDate shipDate(FedExTrackWire.TrackResult result) {
        for (String type : SHIP_DATES) {
            for (FedExTrackWire.DateAndTime dated : FedExValues.list(result.dateAndTimes())) {
                LocalDate date = type.equals(dated.type()) ? CarrierTimes.date(dated.dateTime()) : null;
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static java.time.Instant latestScan(FedExTrackWire.TrackResult result) {
        return FedExValues.list(result.scanEvents()).stream().map(e -> CarrierTimes.scan(e.date(), location(e.scanLocation())))
                .filter(Objects::nonNull).map(t -> t.at().toInstant()).max(Comparator.naturalOrder()).orElse(null);
    }

    /** FedEx sets {@code error} next to real tracking in some answers: tracking wins when there is any. */
    public static boolean hasTracking(FedExTrackWire.TrackResult result) {
        return result.latestStatusDetail() != null || !FedExValues.list(result.scanEvents()).isEmpty();
    }

    public static TrackingResult result(FedExTrackWire.TrackResult result, String awb, String payload) {
        List<TrackingEvent> events = FedExValues.list(result.scanEvents()).stream().map(FedExTrackResults::event)
                .filter(Objects::nonNull).toList();
        FedExTrackWire.LatestStatus latest = result.latestStatusDetail();
        String code = latest == null ? null : FedExValues.text(latest.code());
        TrackingStatus status = FedExStatusMap.status(code, latest == null ? null : FedExValues.text(latest.derivedCode()));
        if (status == TrackingStatus.UNKNOWN && !events.isEmpty() && code == null) {
            status = events.stream().max(Comparator.comparing(TrackingEvent::occurredAt)).orElseThrow().status();
        }
        Estimate estimate = estimate(result);
        OffsetDateTime deliveredAt = status == TrackingStatus.DELIVERED ? deliveredAt(result) : null;
        return new TrackingResult(awb, status, events, estimate.earliest(), payload, estimate.latest(), deliveredAt);
    }

    private static TrackingEvent event(FedExTrackWire.ScanEvent scan) {
        EventLocation location = location(scan.scanLocation());
        CarrierTimes.ScanTime at = CarrierTimes.scan(scan.date(), location);
        if (at == null) {
            return null; // a scan without any time cannot be placed in the history
        }
        String eventType = FedExValues.text(scan.eventType());
        String derived = FedExValues.text(scan.derivedStatusCode());
        TrackingStatus status = FedExStatusMap.status(eventType, derived);
        String exceptionText = FedExValues.text(scan.exceptionDescription());
        NdrReason reason = null;
        if (status == TrackingStatus.FAILED_DELIVERY) {
            String exception = FedExValues.text(scan.exceptionCode());
            reason = FedExStatusMap.ndrReason(FedExStatusMap.explainsFailure(exception) ? exception : null, exceptionText);
        }
        String text = FedExValues.text(scan.eventDescription());
        if (status == TrackingStatus.FAILED_DELIVERY && exceptionText != null) {
            text = text == null ? exceptionText : text + ": " + exceptionText;
        }
        return new TrackingEvent(status, reason, eventType != null ? eventType : derived, text, location, at.at(), false,
                at.offsetKnown());
    }

    private static EventLocation location(FedExTrackWire.ScanLocation place) {
        return place == null ? new EventLocation(null, null, null, null)
                : new EventLocation(FedExValues.text(place.city()), FedExValues.text(place.stateOrProvinceCode()),
                FedExValues.text(place.postalCode()), FedExValues.text(place.countryCode()));
    }

    /**
     * When the shipment was delivered: the delivery scan's time, else FedEx's {@code ACTUAL_DELIVERY}
     * (a time without offset placed at the delivery scan's or the latest status's location); null when
     * FedEx gives neither.
     */
    public static OffsetDateTime deliveredAt(FedExTrackWire.TrackResult result) {
        OffsetDateTime scanned = FedExValues.list(result.scanEvents()).stream()
                .filter(scan -> FedExStatusMap.status(FedExValues.text(scan.eventType())) == TrackingStatus.DELIVERED)
                .map(scan -> CarrierTimes.scan(scan.date(), location(scan.scanLocation()))).filter(Objects::nonNull)
                .map(CarrierTimes.ScanTime::at).max(Comparator.comparing(OffsetDateTime::toInstant)).orElse(null);
        if (scanned != null) {
            return scanned;
        }
        EventLocation where = result.latestStatusDetail() == null ? null : location(result.latestStatusDetail().scanLocation());
        return FedExValues.list(result.dateAndTimes()).stream().filter(d -> "ACTUAL_DELIVERY".equals(d.type()))
                .map(d -> CarrierTimes.scan(d.dateTime(), where)).filter(Objects::nonNull).map(CarrierTimes.ScanTime::at)
                .findFirst().orElse(null);
    }

    /** FedEx's estimate: earliest and latest day (the same day when FedEx gives one date); nulls when none. */
    record Estimate(LocalDate earliest, LocalDate latest) {
    }

    /**
     * FedEx's estimated delivery, as a window: the estimated (else standard transit) time window's
     * begin and end; an {@code ESTIMATED_DELIVERY} date is the earliest day when FedEx gives one.
     */
    static Estimate estimate(FedExTrackWire.TrackResult result) {
        LocalDate estimated = FedExValues.list(result.dateAndTimes()).stream().filter(d -> "ESTIMATED_DELIVERY".equals(d.type()))
                .map(d -> CarrierTimes.date(d.dateTime())).filter(Objects::nonNull).findFirst().orElse(null);
        for (FedExTrackWire.TimeWindow window : Arrays.asList(result.estimatedDeliveryTimeWindow(), result.standardTransitTimeWindow())) {
            FedExTrackWire.Window w = window == null ? null : window.window();
            LocalDate begins = w == null ? null : CarrierTimes.date(w.begins());
            LocalDate ends = w == null ? null : CarrierTimes.date(w.ends());
            if (begins != null || ends != null) {
                LocalDate earliest = estimated != null ? estimated : begins != null ? begins : ends;
                return new Estimate(earliest, ends != null && !ends.isBefore(earliest) ? ends : null);
            }
        }
        return new Estimate(estimated, null);
    }
}

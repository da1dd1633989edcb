package io.shipgate.carrier.fedex;

import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * FedEx's track results ({@link FedExTrackWire.TrackResult}) as universal tracking, for the track
 * call, proof of delivery and tracking pushes alike.
 *
 * <p>Each scan event becomes an event: its status from {@link FedExStatusMap} ({@code eventType},
 * else {@code derivedStatusCode}), its time as FedEx wrote it with the place's offset, its scan
 * location; a delivery exception carries the NDR reason of its exception code or description. The
 * shipment's status is {@code latestStatusDetail.code}'s (the latest scan's when FedEx gives none);
 * the EDD is FedEx's estimated delivery date or window.
 */
public final class FedExTrackResults {

    private FedExTrackResults() {
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
        return new TrackingResult(awb, status, events, estimatedDelivery(result), payload);
    }

    private static TrackingEvent event(FedExTrackWire.ScanEvent scan) {
        OffsetDateTime at = FedExTime.offsetDateTime(scan.date());
        if (at == null) {
            return null; // a scan without a time (or its place's offset) cannot be placed in the history
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
        FedExTrackWire.ScanLocation place = scan.scanLocation();
        EventLocation location = place == null ? new EventLocation(null, null, null, null)
                : new EventLocation(FedExValues.text(place.city()), FedExValues.text(place.stateOrProvinceCode()),
                FedExValues.text(place.postalCode()), FedExValues.text(place.countryCode()));
        return new TrackingEvent(status, reason, eventType != null ? eventType : derived, text, location, at);
    }

    /** The delivery scan's time, else FedEx's actual delivery time when it carries an offset. */
    public static OffsetDateTime deliveredAt(FedExTrackWire.TrackResult result) {
        for (FedExTrackWire.ScanEvent scan : FedExValues.list(result.scanEvents())) {
            String code = FedExValues.text(scan.eventType());
            if (code != null && FedExStatusMap.status(code) == TrackingStatus.DELIVERED) {
                return FedExTime.offsetDateTime(scan.date());
            }
        }
        return FedExValues.list(result.dateAndTimes()).stream().filter(d -> "ACTUAL_DELIVERY".equals(d.type())).findFirst()
                .map(d -> FedExTime.offsetDateTime(d.dateTime())).orElse(null);
    }

    /** FedEx's estimated delivery: the ESTIMATED_DELIVERY date, else the end of the estimated (or standard transit) window. */
    private static LocalDate estimatedDelivery(FedExTrackWire.TrackResult result) {
        for (FedExTrackWire.DateAndTime dated : FedExValues.list(result.dateAndTimes())) {
            if ("ESTIMATED_DELIVERY".equals(dated.type())) {
                return FedExTime.date(dated.dateTime());
            }
        }
        for (FedExTrackWire.TimeWindow window : java.util.Arrays.asList(result.estimatedDeliveryTimeWindow(),
                result.standardTransitTimeWindow())) {
            FedExTrackWire.Window w = window == null ? null : window.window();
            if (w == null) {
                continue;
            }
            LocalDate date = FedExTime.date(w.ends());
            if (date == null) {
                date = FedExTime.date(w.begins());
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}

package io.shipgate.carrier.ups.tracking;

import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.ups.UpsActivities;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsStatusMap;
import io.shipgate.carrier.ups.UpsTime;
import io.shipgate.carrier.ups.UpsWire;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * UPS Tracking ({@code GET /api/track/v1/details/{inquiryNumber}}): the package's activities to
 * normalized events ({@link UpsActivities}), the scheduled or rescheduled delivery date as the EDD.
 */
public final class UpsTrackingMapper {

    /** Personal data and images left out of the audit copy. */
    private static final Set<String> PERSONAL = Set.of("signature", "pod", "deliveryPhoto", "receivedBy");

    private UpsTrackingMapper() {
    }

    public static TrackingResult parse(String awb, byte[] body) {
        UpsTrackingWire.Response answer = UpsWire.read(body, UpsTrackingWire.Response.class);
        UpsTrackingWire.Package pkg = packageOf(awb, answer);
        List<TrackingEvent> events = UpsActivities.events(pkg.activity());
        TrackingStatus status = events.isEmpty()
                ? (pkg.currentStatus() == null ? TrackingStatus.UNKNOWN : pkg.currentStatus().normalized().status())
                : events.getLast().status();
        String number = UpsWire.text(pkg.trackingNumber());
        return new TrackingResult(number != null ? number : awb, status, events, estimatedDelivery(pkg),
                UpsWire.withoutFields(body, PERSONAL));
    }

    /** The rescheduled delivery date, else the scheduled one. */
    private static LocalDate estimatedDelivery(UpsTrackingWire.Package pkg) {
        LocalDate scheduled = null;
        for (UpsTrackingWire.DeliveryDate date : UpsWire.list(pkg.deliveryDate())) {
            if ("RDD".equals(date.type())) {
                return UpsTime.date(date.date());
            }
            if ("SDD".equals(date.type())) {
                scheduled = UpsTime.date(date.date());
            }
        }
        return scheduled;
    }

    /** The package tracked: the one whose number was asked, else the shipment's first. */
    private static UpsTrackingWire.Package packageOf(String awb, UpsTrackingWire.Response answer) {
        List<UpsTrackingWire.Shipment> shipments = UpsWire.list(answer.trackResponse() == null ? null : answer.trackResponse().shipment());
        List<UpsTrackingWire.Package> packages = shipments.stream().flatMap(s -> UpsWire.list(s.packages()).stream()).toList();
        if (packages.isEmpty()) {
            UpsTrackingWire.Warning warning = shipments.stream().flatMap(s -> UpsWire.list(s.warnings()).stream()).findFirst().orElse(null);
            throw UpsErrors.invalid(warning == null || UpsWire.text(warning.code()) == null ? "NO_TRACKING" : warning.code(),
                    warning == null || UpsWire.text(warning.message()) == null ? "UPS has no tracking for " + awb : warning.message(), null);
        }
        return packages.stream().filter(p -> awb.equalsIgnoreCase(UpsWire.text(p.trackingNumber()))).findFirst()
                .orElse(packages.getFirst());
    }
}

package io.shipgate.carrier.ups.tracking;

import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.carrier.ups.UpsActivities;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsStatusMap;
import io.shipgate.carrier.ups.UpsWire;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
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
        int answered = (int) UpsWire.list(answer.trackResponse().shipment()).stream()
                .flatMap(s -> UpsWire.list(s.packages()).stream()).filter(p -> awb.equalsIgnoreCase(UpsWire.text(p.trackingNumber()))).count();
        List<TrackingEvent> events = UpsActivities.events(pkg.activity());
        TrackingStatus status = events.isEmpty()
                ? (pkg.currentStatus() == null ? TrackingStatus.UNKNOWN : pkg.currentStatus().normalized().status())
                : events.getLast().status();
        String number = UpsWire.text(pkg.trackingNumber());
        String payload = CarrierJson.withoutFields(body, PERSONAL);
        if (answered > 1 && payload != null) {
            // which of UPS's shipments under this number the result is, for whoever reads the raw answer
            payload = new String(CarrierJson.write(new UpsTrackingWire.ChosenAnswer(new UpsTrackingWire.Chosen(awb,
                    events.isEmpty() ? null : events.getLast().occurredAt(), answered), payload)), StandardCharsets.UTF_8);
        }
        return new TrackingResult(number != null ? number : awb, status, events, estimatedDelivery(pkg), payload);
    }

    /** The rescheduled delivery date, else the scheduled one. */
    private static LocalDate estimatedDelivery(UpsTrackingWire.Package pkg) {
        LocalDate scheduled = null;
        for (UpsTrackingWire.DeliveryDate date : UpsWire.list(pkg.deliveryDate())) {
            if ("RDD".equals(date.type())) {
                return CarrierTimes.date(date.date());
            }
            if ("SDD".equals(date.type())) {
                scheduled = CarrierTimes.date(date.date());
            }
        }
        return scheduled;
    }

    /**
     * The package tracked. UPS may answer one number with several shipments (it reuses numbers,
     * and a return can carry the outbound number): the package whose number was asked, and among
     * several such the one with the latest scan (the newest shipment), never a merge of them.
     * None at all, with UPS's warning, is NOT_FOUND: UPS has no record of the number (yet).
     */
    static UpsTrackingWire.Package packageOf(String awb, UpsTrackingWire.Response answer) {
        List<UpsTrackingWire.Shipment> shipments = UpsWire.list(answer.trackResponse() == null ? null : answer.trackResponse().shipment());
        List<UpsTrackingWire.Package> packages = shipments.stream().flatMap(s -> UpsWire.list(s.packages()).stream()).toList();
        if (packages.isEmpty()) {
            UpsTrackingWire.Warning warning = shipments.stream().flatMap(s -> UpsWire.list(s.warnings()).stream()).findFirst().orElse(null);
            throw UpsErrors.notFound(warning == null || UpsWire.text(warning.code()) == null ? "NO_TRACKING" : warning.code(),
                    warning == null || UpsWire.text(warning.message()) == null ? "UPS has no tracking for " + awb : warning.message());
        }
        List<UpsTrackingWire.Package> asked = packages.stream().filter(p -> awb.equalsIgnoreCase(UpsWire.text(p.trackingNumber()))).toList();
        List<UpsTrackingWire.Package> candidates = asked.isEmpty() ? List.of(packages.getFirst()) : asked;
        return candidates.stream().max(Comparator.comparing(UpsTrackingMapper::latestScan, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
    }

    private static OffsetDateTime latestScan(UpsTrackingWire.Package pkg) {
        List<TrackingEvent> events = UpsActivities.events(pkg.activity());
        return events.isEmpty() ? null : events.getLast().occurredAt();
    }
}

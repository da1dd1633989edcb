package io.shipgate.carrier.delhivery.tracking;

import io.shipgate.carrier.delhivery.DelhiveryClient;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryScans;
import io.shipgate.carrier.delhivery.DelhiveryStatusMap;
import io.shipgate.carrier.delhivery.tracking.DelhiveryTrackingWire.Answer;
import io.shipgate.carrier.delhivery.tracking.DelhiveryTrackingWire.Data;
import io.shipgate.carrier.delhivery.tracking.DelhiveryTrackingWire.Scan;
import io.shipgate.carrier.delhivery.tracking.DelhiveryTrackingWire.ScanDetail;
import io.shipgate.carrier.delhivery.tracking.DelhiveryTrackingWire.Shipment;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Tracking by poll ({@code GET /api/v1/packages/json/?waybill=}): {@code ShipmentData[].Shipment}
 * with its {@code Status} block and {@code Scans[].ScanDetail} to universal events through
 * {@link DelhiveryScans}. A delivered shipment carries its delivery time ({@code DeliveryDate}, else
 * the delivery scan's) and no estimate; an estimate is never before the pickup date. A waybill
 * Delhivery does not know is NOT_FOUND. The stored payload is the answer as read, without the
 * consignee block. Several shipments under the asked waybill (Delhivery reuses waybills): the one with
 * the latest scan, never a merge, and the stored payload says which ({@code shipgateChosen}).
 */
public final class DelhiveryTrackingMapper {

    private DelhiveryTrackingMapper() {
    }

    public static TrackingResult parse(String waybill, byte[] body) {
        Answer answer = DelhiveryErrors.read(body, Answer.class);
        List<Shipment> shipments = (answer.shipmentData() == null ? List.<Data>of() : answer.shipmentData()).stream()
                .filter(Objects::nonNull).map(Data::shipment).filter(Objects::nonNull).toList();
        if (shipments.isEmpty()) {
            throw DelhiveryErrors.unknownWaybill(DelhiveryClient.TRACK, waybill, DelhiveryErrors.reason(answer.error()).orElse(null));
        }
        List<Shipment> asked = shipments.stream().filter(s -> s.awb() != null && waybill.equalsIgnoreCase(s.awb().strip())).toList();
        Shipment shipment = chosen(asked.isEmpty() ? List.of(shipments.getFirst()) : asked);
        List<TrackingEvent> events = new ArrayList<>();
        for (Scan scan : shipment.scans() == null ? List.<Scan>of() : shipment.scans()) {
            ScanDetail d = scan == null ? null : scan.scanDetail();
            if (d != null) {
                add(events, DelhiveryScans.event(d.scanType(), d.scan(), d.statusCode(), d.instructions(), d.scannedLocation(),
                        d.scanDateTime() != null ? d.scanDateTime() : d.statusDateTime()));
            }
        }
        var status = shipment.status();
        TrackingStatus now;
        if (status != null) {
            now = DelhiveryStatusMap.status(status.statusType(), status.status(), status.statusCode());
            if (events.isEmpty()) {
                add(events, DelhiveryScans.statusEvent(status, status.statusCode()));
            }
        } else {
            now = events.isEmpty() ? TrackingStatus.UNKNOWN : events.getLast().status();
        }
        String awb = shipment.awb() == null || shipment.awb().isBlank() ? waybill : shipment.awb().strip();
        LocalDate shipped = CarrierTimes.date(shipment.pickedupDate() != null ? shipment.pickedupDate() : shipment.pickUpDate());
        // several shipments under the waybill (Delhivery reuses waybills): which one the result is, for whoever reads the raw answer
        Object stored = asked.size() > 1 ? new DelhiveryTrackingWire.ChosenAnswer(
                new DelhiveryTrackingWire.Chosen(awb, events.isEmpty() ? null : events.getLast().occurredAt(), asked.size()), answer) : answer;
        return new TrackingResult(awb, now, events,
                DelhiveryScans.estimate(shipment.expectedDeliveryDate(), shipment.promisedDeliveryDate(), shipped),
                new String(CarrierJson.write(stored), StandardCharsets.UTF_8), null,
                now == TrackingStatus.DELIVERED ? DelhiveryScans.at(shipment.deliveryDate()) : null);
    }

    /**
     * The shipment tracked among those under the waybill: the one with the latest scan (the newest
     * shipment; a reused waybill's older shipment is delivered or returned long ago), never a merge.
     */
    private static Shipment chosen(List<Shipment> candidates) {
        return candidates.stream().max(Comparator.comparing(DelhiveryTrackingMapper::latestScan,
                Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
    }

    private static OffsetDateTime latestScan(Shipment shipment) {
        OffsetDateTime latest = null;
        for (Scan scan : shipment.scans() == null ? List.<Scan>of() : shipment.scans()) {
            ScanDetail d = scan == null ? null : scan.scanDetail();
            OffsetDateTime at = d == null ? null : DelhiveryScans.at(d.scanDateTime() != null ? d.scanDateTime() : d.statusDateTime());
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
        if (latest == null && shipment.status() != null) {
            latest = DelhiveryScans.at(shipment.status().statusDateTime());
        }
        return latest;
    }

    private static void add(List<TrackingEvent> events, TrackingEvent event) {
        if (event != null) {
            events.add(event);
        }
    }
}

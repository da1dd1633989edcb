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
import java.util.ArrayList;
import java.util.List;

/**
 * Tracking by poll ({@code GET /api/v1/packages/json/?waybill=}): {@code ShipmentData[].Shipment}
 * with its {@code Status} block and {@code Scans[].ScanDetail} to universal events through
 * {@link DelhiveryScans}. A delivered shipment carries its delivery time ({@code DeliveryDate}, else
 * the delivery scan's) and no estimate; an estimate is never before the pickup date. A waybill
 * Delhivery does not know is NOT_FOUND. The stored payload is the answer as read, without the
 * consignee block.
 */
public final class DelhiveryTrackingMapper {

    private DelhiveryTrackingMapper() {
    }

    public static TrackingResult parse(String waybill, byte[] body) {
        Answer answer = DelhiveryErrors.read(body, Answer.class);
        Shipment shipment = null;
        for (Data data : answer.shipmentData() == null ? List.<Data>of() : answer.shipmentData()) {
            Shipment candidate = data == null ? null : data.shipment();
            if (candidate != null && (shipment == null || waybill.equals(candidate.awb()))) {
                shipment = candidate;
            }
        }
        if (shipment == null) {
            throw DelhiveryErrors.unknownWaybill(DelhiveryClient.TRACK, waybill, DelhiveryErrors.reason(answer.error()).orElse(null));
        }
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
        return new TrackingResult(awb, now, events,
                DelhiveryScans.estimate(shipment.expectedDeliveryDate(), shipment.promisedDeliveryDate(), shipped),
                new String(CarrierJson.write(answer), StandardCharsets.UTF_8), null,
                now == TrackingStatus.DELIVERED ? DelhiveryScans.at(shipment.deliveryDate()) : null);
    }

    private static void add(List<TrackingEvent> events, TrackingEvent event) {
        if (event != null) {
            events.add(event);
        }
    }
}

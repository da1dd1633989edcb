package io.shipgate.carrier.dhlexpress.tracking;

import io.shipgate.carrier.dhlexpress.DhlCheckpoints;
import io.shipgate.carrier.dhlexpress.DhlDocuments;
import io.shipgate.carrier.dhlexpress.DhlErrors;
import io.shipgate.carrier.dhlexpress.DhlStatusMap;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.CarrierTimes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * MyDHL's tracking answer to universal tracking. Each checkpoint's time and place are read as
 * {@link DhlCheckpoints} reads them, its status comes from {@link DhlStatusMap}; once DHL returns
 * the shipment to its shipper (RT), the checkpoints after it are the return's.
 */
public final class DhlTrackingMapper {

    private DhlTrackingMapper() {
    }

    /**
     * The tracking of {@code awb}. An answer without the shipment is NOT_FOUND, as DHL's 404 is: an
     * AWB DHL does not know is not a label that was just made. A shipment DHL knows without a
     * checkpoint yet is as its label left it: MANIFESTED.
     */
    public static TrackingResult parse(String awb, byte[] body) {
        DhlCheckpoints.Chosen chosen = DhlCheckpoints.shipment(awb, body);
        if (chosen == null) {
            throw DhlErrors.notFound(awb);
        }
        DhlCheckpoints.Shipment shipment = chosen.shipment();
        List<TrackingEvent> events = events(shipment);
        TrackingStatus status = events.isEmpty() ? TrackingStatus.MANIFESTED : events.getLast().status();
        LocalDate edd = CarrierTimes.date(shipment.estimatedTimeOfDelivery() != null ? shipment.estimatedTimeOfDelivery()
                : shipment.estimatedDeliveryDate());
        return new TrackingResult(awb, status, events, edd, DhlDocuments.withoutContent(body, chosen.note()));
    }

    private static List<TrackingEvent> events(DhlCheckpoints.Shipment shipment) {
        List<TrackingEvent> events = new ArrayList<>();
        boolean returning = false;
        for (DhlCheckpoints.Checkpoint checkpoint : DhlCheckpoints.read(shipment)) {
            DhlCheckpoints.Event event = checkpoint.event();
            TrackingStatus status = DhlStatusMap.status(event.typeCode());
            if (returning) {
                status = DhlStatusMap.whileReturning(status);
            }
            returning |= status == TrackingStatus.RTO_IN_TRANSIT;
            NdrReason reason = status == TrackingStatus.FAILED_DELIVERY ? DhlStatusMap.ndrReason(event.typeCode()) : null;
            events.add(new TrackingEvent(status, reason, event.typeCode(), event.description(), checkpoint.location(),
                    checkpoint.at().at(), false, checkpoint.at().offsetKnown()));
        }
        return List.copyOf(events);
    }
}

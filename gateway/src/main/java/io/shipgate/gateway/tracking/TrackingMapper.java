package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.routes.port.ShipmentSnapshot;
import io.shipgate.routes.tracking.WebhookReceipt;

import java.util.List;

/** Tracking's contract and the universal model: timelines' events, carrier pushes' receipts. */
final class TrackingMapper {

    private TrackingMapper() {
    }

    /** A shipment's timeline as the API answers it. */
    static TrackingView view(ShipmentSnapshot shipment, String refreshError, List<TrackingEvent> events) {
        return new TrackingView(shipment.id(), shipment.carrier(), shipment.ref().awb(), shipment.status(), shipment.status().code(),
                shipment.estimatedDelivery(), shipment.latestDelivery(), shipment.deliveredAt(), shipment.lastTrackedAt(), shipment.lastTrackedAt(),
                shipment.nextCheckAt(), refreshError, events.stream().map(TrackingMapper::view).toList());
    }

    static TrackingEventView view(TrackingEvent e) {
        return new TrackingEventView(e.status(), e.status().code(), e.ndrReason(), e.carrierCode(), e.carrierText(), view(e.location()),
                e.occurredAt(), e.offsetKnown());
    }

    private static EventLocationView view(EventLocation l) {
        return l == null ? null : new EventLocationView(l.city(), l.state(), l.postalCode(), l.country());
    }

    static WebhookReceiptView view(WebhookReceipt receipt) {
        return new WebhookReceiptView(receipt.pushId(), "received", receipt.shipments(), receipt.events());
    }
}

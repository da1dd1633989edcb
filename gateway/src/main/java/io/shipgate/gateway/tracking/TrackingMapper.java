package io.shipgate.gateway.tracking;

import io.shipgate.carrier.model.EventLocation;
import io.shipgate.carrier.model.TrackingEvent;
import io.shipgate.routes.tracking.WebhookReceipt;

/** Tracking's contract and the universal model: timelines' events, carrier pushes' receipts. */
final class TrackingMapper {

    private TrackingMapper() {
    }

    static TrackingEventView view(TrackingEvent e) {
        return new TrackingEventView(e.status(), e.status().code(), e.ndrReason(), e.carrierCode(), e.carrierText(), view(e.location()),
                e.occurredAt());
    }

    private static EventLocationView view(EventLocation l) {
        return l == null ? null : new EventLocationView(l.city(), l.state(), l.postalCode(), l.country());
    }

    static WebhookReceiptView view(WebhookReceipt receipt) {
        return new WebhookReceiptView(receipt.accepted(), receipt.unknownAwbs());
    }
}

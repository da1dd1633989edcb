package io.shipgate.gateway.tracking;

import io.shipgate.routes.tracking.WebhookReceipt;

/** Tracking's contract and the route's results. */
final class TrackingMapper {

    private TrackingMapper() {
    }

    static WebhookReceiptView view(WebhookReceipt receipt) {
        return new WebhookReceiptView(receipt.accepted(), receipt.unknownAwbs());
    }
}

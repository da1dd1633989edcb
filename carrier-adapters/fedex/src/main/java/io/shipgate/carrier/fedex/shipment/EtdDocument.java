package io.shipgate.carrier.fedex.shipment;

import io.shipgate.carrier.model.TradeDocument;

/**
 * A merchant's trade document uploaded to FedEx before the shipment: the shipment references it by
 * FedEx's {@code documentId} in {@code etdDetail.attachedDocuments}.
 */
public record EtdDocument(TradeDocument.Type type, String fileName, String documentId) {
}

package io.shipgate.routes.tracking;

import java.util.List;

/**
 * What a carrier webhook carried.
 *
 * @param accepted    shipments whose tracking was ingested
 * @param unknownAwbs AWBs the account has no shipment for (acknowledged, not stored)
 */
public record WebhookReceipt(int accepted, List<String> unknownAwbs) {
}

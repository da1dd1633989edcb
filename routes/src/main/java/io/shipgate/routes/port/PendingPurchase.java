package io.shipgate.routes.port;

import io.shipgate.routes.job.DueItem;
import io.shipgate.routes.shipment.CreateShipmentCommand;

import java.time.Instant;
import java.util.UUID;

/**
 * A purchase intent the reconciler settles: one whose lease ended before it was recorded.
 *
 * @param command   the purchase as it was made, on the account it was made on
 * @param awbToVoid the label bought but not stored (voiding it failed), or null when what the carrier
 *                  sold is unknown
 * @param attempts  the reconciler's attempts so far, this one included
 */
public record PendingPurchase(CreateShipmentCommand command, String awbToVoid, int attempts, Instant createdAt) implements DueItem {

    @Override
    public UUID id() {
        return command.purchaseId();
    }
}

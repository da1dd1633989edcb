package io.shipgate.routes.port;

import io.shipgate.routes.job.DueWork;
import io.shipgate.routes.shipment.CreateShipmentCommand;

import java.time.Instant;
import java.util.UUID;

/**
 * Purchase intents: every label purchase is written down, durably, before the carrier is called,
 * and the row goes when the purchase is settled (recorded by {@link Shipments#recordPurchase},
 * or known not to have bought anything). What a crash or an unknown outcome leaves behind, the
 * reconciler settles once the intent's lease has ended: an intent is due at the end of its lease (at
 * once with a label to void) and claimed, retried and given up as {@link DueWork}.
 */
public interface PurchaseIntents extends DueWork<PendingPurchase> {

    /**
     * Writes the intent to buy on the account {@code carrierAccountId} of {@code carrier} (its lease ends
     * at {@code leaseUntil}). With an Idempotency-Key, only while the command still holds its key; throws
     * when another request took it over.
     */
    void open(CreateShipmentCommand command, UUID carrierAccountId, String carrier, Instant leaseUntil);

    /** Nothing was bought (or what was bought is voided): the intent goes and the key is released, so the request can be retried. */
    void abandon(CreateShipmentCommand command);

    /**
     * The outcome is unknown (the carrier did not answer in time), or a label was bought but neither
     * stored nor voided ({@code awbToVoid}): the intent and its key stay for the reconciler, due at the
     * end of the lease, or at once with a label to void. Requests waiting for the key are told to retry later.
     */
    void leaveToReconciler(CreateShipmentCommand command, String awbToVoid, String reason);

    /** The reconciler cannot settle the purchase: an operator must; its key answers 409 until then. */
    void needsAttention(PendingPurchase purchase, String reason);

    /** The reconciler's last attempt failed: the purchase needs attention. */
    @Override
    default void giveUp(PendingPurchase purchase, String reason) {
        needsAttention(purchase, reason);
    }

    /** How many intents wait for an operator, across tenants. */
    long countNeedingAttention();
}

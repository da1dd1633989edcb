package io.shipgate.routes.port;

import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.routes.shipment.CreateShipmentCommand;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The shipments. Each write is one transaction with the shipment's event (see the gateway's {@code ShipmentEvent}). */
public interface Shipments {

    /**
     * Stores a bought shipment (shipment, parcels, labels, documents, its created event), settles its
     * purchase intent and completes the command's idempotency key with the shipment's id, in one
     * transaction. The reconciler records a purchase it found at the carrier the same way.
     *
     * @param carrierAccountId the account that bought it, of carrier {@code carrier}
     */
    Shipment recordPurchase(CreateShipmentCommand command, UUID carrierAccountId, String carrier, ShipmentConfirmation confirmation);

    /** The tenant's shipment; throws a not-found error for an unknown or foreign id (or a tracker's). */
    ShipmentSnapshot load(UUID tenantId, UUID shipmentId);

    /** The tenant's shipment or tracker, for tracking; throws a not-found error for an unknown or foreign id. */
    ShipmentSnapshot loadTrackable(UUID tenantId, UUID shipmentId);

    /** The shipment a carrier account bought with this AWB (or a tracker of it on that account), for tracking pushed by the carrier. */
    Optional<ShipmentSnapshot> findByAwb(UUID tenantId, UUID carrierAccountId, String awb);

    /**
     * The shipments (or trackers) with these AWBs on these carrier accounts, in one query: {@code carrierAccountIds} and
     * {@code awbs} are pairs, index by index; pairs no shipment has are left out. The caller checks each one's tenant.
     */
    List<ShipmentSnapshot> findByAwbs(List<UUID> carrierAccountIds, List<String> awbs);

    /** The label is voided: the shipment is CANCELLED, with its event (nothing happens when it already is). */
    void recordCancelled(ShipmentSnapshot shipment, Cancellation cancellation);

    /**
     * The carrier, which had the parcel already, was asked to return it to origin: the shipment is RTO_REQUESTED, with its
     * events (nothing happens when it is in an RTO status already).
     *
     * @param carrierMessage the carrier's own words about it, if any
     */
    void recordRtoRequested(ShipmentSnapshot shipment, String carrierMessage);
}

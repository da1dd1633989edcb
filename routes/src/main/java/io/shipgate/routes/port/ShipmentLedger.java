package io.shipgate.routes.port;

import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.model.ShipmentConfirmation;
import io.shipgate.routes.carrier.CarrierConnection;
import io.shipgate.routes.shipment.CreateShipmentCommand;
import io.shipgate.routes.tracking.TrackingUpdate;

import java.util.Optional;
import java.util.UUID;

/** The shipments' record. Each write is one transaction that also writes its outbox event. */
public interface ShipmentLedger {

    /**
     * Stores a bought shipment (shipment, parcels, labels, outbox event), completes the command's
     * idempotency key with the answer and drops its purchase intent, in one transaction. The
     * reconciler records a purchase it found at the carrier the same way.
     */
    StoredResponse recordCreated(CreateShipmentCommand command, CarrierConnection carrier, ShipmentConfirmation confirmation);

    /** The tenant's shipment; throws a not-found error for an unknown or foreign id. */
    ShipmentSnapshot load(UUID tenantId, UUID shipmentId);

    /** The shipment a carrier account bought with this AWB, for tracking pushed by the carrier. */
    Optional<ShipmentSnapshot> findByAwb(UUID tenantId, UUID carrierAccountId, String awb);

    void recordCancelled(ShipmentSnapshot shipment, Cancellation cancellation);

    /** Stores new tracking events (duplicates ignored) and advances the shipment's status. */
    void recordTracking(TrackingUpdate update);
}

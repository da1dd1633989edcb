package io.shipgate.routes.shipment;

import io.shipgate.routes.port.Shipment;

import java.util.UUID;

/** What {@code direct:createShipment} answers. */
public sealed interface ShipmentPurchase {

    UUID shipmentId();

    /** The label was bought now and the shipment stored. */
    record Bought(Shipment shipment) implements ShipmentPurchase {

        @Override
        public UUID shipmentId() {
            return shipment.id();
        }
    }

    /** The same request with the same Idempotency-Key bought this shipment before: nothing was bought now. */
    record Replayed(UUID shipmentId) implements ShipmentPurchase {
    }
}

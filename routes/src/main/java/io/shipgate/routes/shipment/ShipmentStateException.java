package io.shipgate.routes.shipment;

import io.shipgate.carrier.model.TrackingStatus;

import java.util.UUID;

/** The shipment's status does not allow the operation (e.g. cancel once picked up). */
public class ShipmentStateException extends RuntimeException {

    private final UUID shipmentId;
    private final TrackingStatus status;

    public ShipmentStateException(UUID shipmentId, TrackingStatus status, String message) {
        super(message);
        this.shipmentId = shipmentId;
        this.status = status;
    }

    public UUID shipmentId() {
        return shipmentId;
    }

    public TrackingStatus status() {
        return status;
    }
}

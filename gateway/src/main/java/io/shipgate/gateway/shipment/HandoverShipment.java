package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentRef;
import io.shipgate.carrier.model.TrackingStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A shipment as the courier takes it over at a warehouse (pickups, end-of-day manifests): its AWB, reference, pieces,
 * weight and the cash the courier collects.
 *
 * @param weightKg the parcels' weights summed, in kilograms, to the gram
 * @param cod      cash on delivery, or null
 */
public record HandoverShipment(UUID id, UUID tenantId, UUID carrierAccountId, String carrier, UUID warehouseId, String awb,
                               String carrierShipmentId, String reference, TrackingStatus status, int pieces, BigDecimal weightKg,
                               Money cod, String recipientCity, String recipientPostalCode, String recipientCountry, Instant createdAt) {

    /** Whether the courier has yet to take it: bought, not cancelled, not picked up. */
    public boolean awaitingHandover() {
        return ShipmentHandover.AWAITING.contains(status);
    }

    public ShipmentRef ref() {
        return new ShipmentRef(awb, carrierShipmentId, null);
    }
}

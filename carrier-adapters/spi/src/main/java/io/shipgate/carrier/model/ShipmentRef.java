package io.shipgate.carrier.model;

import java.time.LocalDate;

/** How the gateway points a carrier at a shipment it bought earlier (cancel, track, NDR...). */
public record ShipmentRef(String awb, String carrierShipmentId, LocalDate shipDate) {

    public static ShipmentRef awb(String awb) {
        return new ShipmentRef(awb, null, null);
    }
}

package io.shipgate.carrier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An end-of-day close: the shipments of one account handed over at one location on one day.
 *
 * @param date      the location's local date of the handover
 * @param location  where the courier collects them
 * @param shipments the shipments handed over, at least one
 */
public record ManifestRequest(LocalDate date, Address location, List<ShipmentRef> shipments) {

    public ManifestRequest {
        shipments = List.copyOf(shipments);
    }
}

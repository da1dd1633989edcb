package io.shipgate.carrier.sandbox.simulator;

import java.time.ZoneId;

/**
 * What the simulator remembers of a shipment it created, to place its tracking events.
 *
 * @param origin      where the parcel starts (the customer, for a return)
 * @param destination where it goes (the warehouse, for a return)
 */
record ShipmentFacts(Place origin, Place destination, boolean returnShipment) {

    /** Assumed for an AWB the simulator did not create since it started: a forward US shipment. */
    static final ShipmentFacts UNKNOWN = new ShipmentFacts(
            new Place("New York", "NY", "10001", "US", ZoneId.of("America/New_York")),
            new Place("Chicago", "IL", "60601", "US", ZoneId.of("America/Chicago")),
            false);
}

package io.shipgate.carrier.simulator;

import java.time.ZoneId;

/**
 * What the simulator remembers of a shipment it created, to place its tracking events and say who
 * signed for it. Names are kept masked only ({@link Party#maskedName()}).
 *
 * @param origin            where the parcel starts (the customer, for a return)
 * @param destination       where it goes (the warehouse, for a return)
 * @param originSigner      who signs for it back at the origin (return to origin), masked; null when unknown
 * @param destinationSigner who signs for it at the destination, masked; null when unknown
 */
record ShipmentFacts(Place origin, Place destination, boolean returnShipment, String originSigner, String destinationSigner) {

    /** Assumed for an AWB the simulator did not create since it started: a forward US shipment, signers unknown. */
    static final ShipmentFacts UNKNOWN = new ShipmentFacts(
            new Place("New York", "NY", "10001", "US", ZoneId.of("America/New_York")),
            new Place("Chicago", "IL", "60601", "US", ZoneId.of("America/Chicago")),
            false, null, null);
}

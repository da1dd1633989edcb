package io.shipgate.carrier.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The simulator's memory of shipments: their lanes, sales and cancellations, bounded to the most
 * recent {@value #CAPACITY} of each. What it forgets (or never knew, after a restart) falls back to
 * {@link ShipmentFacts#UNKNOWN}: the AWB alone still drives tracking.
 */
final class ShipmentBook {

    static final int CAPACITY = 100_000;

    private final BoundedCache<String, ShipmentFacts> shipments = new BoundedCache<>(CAPACITY);
    private final BoundedCache<String, Instant> sales = new BoundedCache<>(CAPACITY);
    private final BoundedCache<String, Instant> cancellations = new BoundedCache<>(CAPACITY);
    private final BoundedCache<String, Instant> rtoRequests = new BoundedCache<>(CAPACITY);

    /** Records a shipment sold at {@code at}: its first tracking number is its AWB, one more per further parcel. */
    void sell(List<String> trackingNumbers, ShipmentFacts facts, Instant at) {
        trackingNumbers.forEach(number -> shipments.put(number, facts));
        sales.put(trackingNumbers.getFirst(), at);
    }

    ShipmentFacts facts(String trackingNumber) {
        ShipmentFacts facts = shipments.get(trackingNumber);
        return facts != null ? facts : ShipmentFacts.UNKNOWN;
    }

    /** Records the cancellation; a shipment cancelled twice keeps its first cancellation time. */
    void cancel(String awb, Instant at) {
        cancellations.putIfAbsent(awb, at);
    }

    /** When the shipment was cancelled, or null. */
    Instant cancelledAt(String awb) {
        return cancellations.get(awb);
    }

    /** Records the shipper's return-to-origin instruction (an NDR action); the first one counts. */
    void requestRto(String awb, Instant at) {
        rtoRequests.putIfAbsent(awb, at);
    }

    /** When the shipper asked for the parcel back, or null. */
    Instant rtoRequestedAt(String awb) {
        return rtoRequests.get(awb);
    }

    Set<String> soldAwbs() {
        return sales.keys();
    }

    Set<String> cancelledAwbs() {
        return cancellations.keys();
    }
}

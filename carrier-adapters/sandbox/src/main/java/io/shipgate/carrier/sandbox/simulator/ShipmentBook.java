package io.shipgate.carrier.sandbox.simulator;

import java.time.Instant;
import java.util.Set;

/**
 * The simulator's memory of shipments: their lanes and cancellations, bounded to the most recent
 * {@value #CAPACITY} of each. What it forgets (or never knew, after a restart) falls back to
 * {@link ShipmentFacts#UNKNOWN}: the AWB alone still drives tracking.
 */
final class ShipmentBook {

    static final int CAPACITY = 100_000;

    private final BoundedCache<String, ShipmentFacts> shipments = new BoundedCache<>(CAPACITY);
    private final BoundedCache<String, Instant> cancellations = new BoundedCache<>(CAPACITY);
    private final BoundedCache<String, Instant> sold = new BoundedCache<>(CAPACITY);

    /** Records a label sold under {@code awb}. */
    void sell(String awb, Instant at) {
        sold.put(awb, at);
    }

    /** The AWBs of the labels sold (the most recent {@value #CAPACITY}). */
    Set<String> soldAwbs() {
        return sold.keys();
    }

    /** The AWBs of the labels cancelled (the most recent {@value #CAPACITY}). */
    Set<String> cancelledAwbs() {
        return cancellations.keys();
    }

    void remember(String trackingNumber, ShipmentFacts facts) {
        shipments.put(trackingNumber, facts);
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
}

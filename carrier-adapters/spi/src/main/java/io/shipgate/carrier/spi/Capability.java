package io.shipgate.carrier.spi;

/** The operations of the {@link CarrierAdapter} SPI. An adapter declares the ones it supports. */
public enum Capability {
    RATES,
    CREATE_SHIPMENT,
    /**
     * The carrier finds a purchase by the idempotency key it was made with
     * ({@link CarrierAdapter#findPurchase}), so a purchase whose answer was lost (a crash, a timeout)
     * is recorded as if the call had returned.
     */
    FIND_PURCHASE,
    CANCEL_SHIPMENT,
    TRACK,
    /** The carrier pushes tracking events, which {@link CarrierAdapter#parseWebhook} understands. */
    WEBHOOK_TRACKING,
    ESTIMATE_DELIVERY,
    SERVICEABILITY,
    SCHEDULE_PICKUP,
    CANCEL_PICKUP,
    CREATE_RETURN,
    NDR_ACTION,
    /** The carrier's proof of delivery (signature, document) for a delivered shipment. */
    PROOF_OF_DELIVERY,
    ADDRESS_VALIDATION,
    /**
     * The carrier closes the day for an account and location ({@link CarrierAdapter#closeManifest}): an end-of-day
     * manifest of the shipments handed over. Carriers without it get a local manifest only.
     */
    CLOSE_MANIFEST
}

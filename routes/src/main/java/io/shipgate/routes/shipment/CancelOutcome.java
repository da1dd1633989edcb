package io.shipgate.routes.shipment;

/** What cancelling a shipment did. */
public enum CancelOutcome {
    /** The label is void: the shipment is CANCELLED (or was already). */
    CANCELLED,
    /** The carrier had the parcel already: it was asked to return it to origin, and the shipment is RTO_REQUESTED (or further on). */
    RTO_REQUESTED
}

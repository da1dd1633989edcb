package io.shipgate.carrier.spi;

/** Why a carrier call failed, in terms the gateway and the merchant can act on. */
public enum CarrierErrorCategory {
    /** The carrier rejected the request's content (a field, a combination). Fix the request. */
    INVALID_REQUEST,
    /** The account's credentials were refused or are missing. Fix the carrier account. */
    AUTHENTICATION,
    /** The carrier does not serve this lane, postal code or option (COD, weight). */
    NOT_SERVICEABLE,
    /**
     * The carrier has no record of what was asked for: an AWB it does not know or has not scanned yet.
     * Not a new label and not a status: the gateway keeps the shipment as it was.
     */
    NOT_FOUND,
    /** The carrier refuses the operation in the shipment's current state (e.g. cancel after pickup). */
    INVALID_STATE,
    /** The carrier throttled us; retry after the given delay. */
    RATE_LIMITED,
    /** The carrier is down or answered 5xx, or its circuit breaker is open. */
    UNAVAILABLE,
    /** The carrier did not answer in time. Whether it acted is unknown. */
    TIMEOUT,
    /** Anything else the carrier said. */
    UNKNOWN
}

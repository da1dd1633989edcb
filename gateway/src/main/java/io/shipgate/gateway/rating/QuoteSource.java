package io.shipgate.gateway.rating;

/** Where a quote came from. */
public enum QuoteSource {
    /** The carrier's rate API, live. */
    CARRIER,
    /** The account's rate card for the service, in the gateway: no carrier call. */
    RATE_CARD
}

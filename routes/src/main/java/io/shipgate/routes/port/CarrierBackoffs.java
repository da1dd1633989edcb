package io.shipgate.routes.port;

import java.time.Instant;
import java.util.UUID;

/**
 * Carrier accounts the carrier throttled (its 429): persisted, so every node holds back its polls until the carrier's
 * Retry-After.
 */
public interface CarrierBackoffs {

    /** Until when the account is backed off, or null when it is not (any more) at {@code now}. */
    Instant backedOffUntil(UUID carrierAccountId, Instant now);

    /** The carrier throttled the account: no node polls it before {@code until} (the later of this and any earlier back-off). */
    void backOff(UUID carrierAccountId, Instant until);
}

package io.shipgate.gateway.edd;

import java.util.UUID;

/**
 * When a parcel on a carrier service will arrive: the distribution of its transit time in business days, from the
 * lane's learned history (smoothed toward the carrier's average), the carrier's commitment, or the zone default, counted
 * from its first pickup day in the business calendars of the two countries. Read from memory: fast enough for checkout.
 */
public interface DeliveryEstimates {

    DeliveryEstimate estimate(UUID tenantId, EddQuery query);
}
